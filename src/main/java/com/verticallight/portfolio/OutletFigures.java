package com.verticallight.portfolio;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One outlet's figures for a period, each computed from the rows the product holds. */
@Schema(name = "OutletFigures")
public record OutletFigures(
        UUID businessId,
        String name,
        String city,
        String category,
        @Schema(description = "From the automation ledger; null without finished tasks") BigDecimal automationPercent,
        long automatedTasks,
        long manualTasks,
        BigDecimal hoursSaved,
        @Schema(description = "All reviews read from the platforms") long reviewCount,
        @Schema(description = "Sum of their stars") long reviewStars,
        @Schema(description = "Average stars over those reviews; null without reviews") BigDecimal averageRating,
        @Schema(description = "Daily plans in the period that finished (DONE, PARTIAL or FAILED)") long plansRun,
        long plansDone,
        @Schema(description = "DONE / finished plans x 100; null when none finished") BigDecimal planSuccessPercent,
        @Schema(description = "Leads that arrived in the period") long leads,
        @Schema(description = "Of those, leads that got a first reply (moved to CONTACTED)") long leadsReplied,
        @Schema(description = "leadsReplied / leads x 100; null without leads") BigDecimal firstReplyPercent,
        @Schema(description = "Median minutes from arrival to the first reply over the replied leads; null when none") BigDecimal medianFirstReplyMinutes,
        @Schema(description = "Of those leads, how many are CONVERTED") long leadsConverted,
        @Schema(description = "leadsConverted / leads x 100; null without leads") BigDecimal convertedPercent,
        @Schema(hidden = true) @com.fasterxml.jackson.annotation.JsonIgnore java.util.List<Long> firstReplySeconds) {
}
