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
        @Schema(description = "DONE / finished plans x 100; null when none finished") BigDecimal planSuccessPercent) {
}
