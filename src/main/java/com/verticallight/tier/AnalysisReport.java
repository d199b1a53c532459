package com.verticallight.tier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.verticallight.budget.BudgetViews.CurveView;
import com.verticallight.budget.BudgetViews.PlanView;
import com.verticallight.execution.Metrics;
import com.verticallight.portfolio.OutletFigures;
import com.verticallight.portfolio.PortfolioView;
import com.verticallight.tenant.Tier;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One business's analysis; the SHORT report (LOCAL) leaves out the sections marked comprehensive. */
@Schema(name = "AnalysisReport")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnalysisReport(
        UUID businessId,
        String businessName,
        Tier tier,
        @Schema(description = "SHORT or COMPREHENSIVE") String depth,
        @Schema(description = "This month's figures for the business") OutletFigures month,
        @Schema(description = "Budget headline: strategy, allocated, expected results") BudgetHeadline budget,
        @Schema(description = "Up to three free actions") List<String> nextFreeActions,
        @Schema(description = "Comprehensive: the month's metrics with per-task-type counts") Metrics metrics,
        @Schema(description = "Comprehensive: reviews by stars") Map<Integer, Long> reviewsByStars,
        @Schema(description = "Comprehensive: the full budget plan") PlanView budgetPlan,
        @Schema(description = "Comprehensive: the curves in use and their sources") List<CurveView> curves,
        @Schema(description = "Comprehensive: all outlets this month, for comparison") PortfolioView.Totals portfolioTotals,
        @Schema(description = "Comprehensive: rank by automation % among the outlets (1 = highest)") Integer automationRank) {

    @Schema(name = "BudgetHeadline")
    public record BudgetHeadline(String strategy, long allocatedMinor, long budgetMinor, String currency,
            double expectedWeightedResults) {
    }
}
