package com.verticallight.home;

import com.verticallight.business.BusinessView;
import com.verticallight.execution.Metrics;
import com.verticallight.execution.plan.DayPlanViews.PlanView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the Home screen shows, in one answer. */
@Schema(name = "Home")
public record HomeView(
        @Schema(description = "The tenant's businesses, oldest first; empty before onboarding") List<BusinessView> businesses,
        @Schema(description = "The business shown: the one asked for, else the first; null when there is none") UUID businessId,
        @Schema(description = "Today's plan of that business with each task's live status") PlanView plan,
        @Schema(description = "The business's metrics for the current week; null without the analytics:read permission")
        Metrics week,
        @Schema(description = "The last 7 days (today last), one entry a day; empty without analytics:read")
        List<DayFigures> recentDays) {

    @Schema(name = "HomeDayFigures")
    public record DayFigures(LocalDate date, long automatedTasks, long sandboxTasks, BigDecimal hoursSaved) {

        static DayFigures of(Metrics day) {
            return new DayFigures(day.from(), day.figures().automatedTasks(), day.figures().sandboxTasks(),
                    day.figures().hoursSaved());
        }
    }
}
