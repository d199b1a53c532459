package com.verticallight.execution;

import com.verticallight.business.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the automation did for a business in a period, with every input the figures were computed from. */
@Schema(name = "Metrics")
public record Metrics(
        UUID businessId,
        Period period,
        @Schema(description = "First day of the period, in the business's time zone") LocalDate from,
        @Schema(description = "Day after the period") LocalDate to,
        String timeZone,
        Instant windowStart,
        Instant windowEnd,
        Figures figures,
        Inputs inputs) {

    @Schema(name = "MetricsFigures")
    public record Figures(
            @Schema(description = "Automated / all finished tasks x 100 (sandbox and failed excluded); null without tasks")
            BigDecimal automationPercent,
            long automatedTasks,
            long manualTasks,
            @Schema(description = "Finished (DONE) tasks, sandbox excluded") long totalTasks,
            @Schema(description = "Tasks that failed (sandbox excluded); not counted in automation %") long failedTasks,
            @Schema(description = "Tasks done in sandbox mode: reported here only, never counted") long sandboxTasks,
            @Schema(description = "Sum of the baseline minutes of automated, finished, non-sandbox tasks") long minutesSaved,
            BigDecimal hoursSaved,
            @Schema(description = "Hours saved x hourly rate; null without an hourly rate") Money valueOfTimeSaved,
            @Schema(description = "Revenue attributed to finished, non-sandbox tasks") Money revenueAttributed,
            @Schema(description = "The plan's monthly price prorated over the days of the period") Money subscriptionPrice,
            @Schema(description = "(value + revenue - price) / price; null when it cannot be computed, see roiNote")
            BigDecimal roi,
            String roiNote) {
    }

    @Schema(name = "MetricsInputs")
    public record Inputs(
            List<TaskTypeCount> taskTypes,
            @Schema(description = "Value of an hour of the owner's time") Money hourlyRate,
            @Schema(description = "TENANT (its own rate) or DEFAULT (the default for its currency)") String hourlyRateSource,
            @Schema(description = "The plan's monthly price the period's price was prorated from") Money monthlyPrice,
            String plan) {
    }

    @Schema(name = "TaskTypeCount")
    public record TaskTypeCount(String taskType, long automated, long manual, long sandbox, long failed,
            @Schema(description = "Baseline minutes carried by this type's ledger rows in the period") List<Integer> baselinesUsed,
            long minutesSaved) {
    }
}
