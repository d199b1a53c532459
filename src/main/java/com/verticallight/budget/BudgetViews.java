package com.verticallight.budget;

import com.verticallight.business.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the budget API speaks. */
public final class BudgetViews {

    private BudgetViews() {
    }

    @Schema(name = "BudgetGoal")
    public record GoalView(@NotNull Goal goal,
            @Schema(description = "Results wanted per month") @PositiveOrZero Integer monthlyTarget,
            @Schema(description = "What one result is worth next to the other goals' (default 1)") @PositiveOrZero Double weight) {
    }

    @Schema(name = "BudgetGoals")
    public record GoalsRequest(@NotNull @Size(min = 1, max = 3) List<@Valid @NotNull GoalView> goals) {
    }

    @Schema(name = "BudgetResultEntry", description = "What one activity cost and brought in the month")
    public record ResultEntry(@NotNull Activity activity, @NotNull @PositiveOrZero Long spendMinor,
            @PositiveOrZero Integer leads, @PositiveOrZero Integer footfall, @PositiveOrZero Integer reviews) {
    }

    @Schema(name = "BudgetResults")
    public record ResultsRequest(@NotNull @Size(max = 7) @Schema(description = "YYYY-MM, not after the current month") String month,
            @NotNull @Size(min = 1, max = 5) List<@Valid @NotNull ResultEntry> entries) {
    }

    @Schema(name = "BudgetCurve")
    public record CurveView(Activity activity, Goal goal,
            @Schema(description = "Results per month the activity can bring at most (a)") double scaleA,
            @Schema(description = "Spend at which about 63% of a is reached (b)") long spendBMinor,
            @Schema(description = "DEFAULT (product estimate), FITTED (default blended with this business's results), "
                    + "BUSINESS (set by the business) or BUSINESS_FITTED (the business's curve blended with its results)") String source,
            int observations,
            @Schema(description = "a of the prior: the default's, or the business's own for BUSINESS curves") double defaultScaleA) {
    }

    @Schema(name = "BudgetActivityBounds", description = "An activity is either not funded or funded within [min, max]")
    public record ActivityView(Activity activity, Money minSpend,
            @Schema(description = "null: no limit but the budget") Money maxSpend, String source) {
    }

    @Schema(name = "BudgetCurves")
    public record CurvesView(UUID businessId, String currency, String formula, String fitMethod, double priorWeight,
            List<CurveView> curves, List<ActivityView> activities) {
    }

    @Schema(name = "BudgetCurveSetting", description = "return(x) = a (1 - exp(-x / b)), x in minor units of the budget's currency")
    public record CurveSetting(@NotNull Activity activity, @NotNull Goal goal,
            @Schema(description = "Results per month the activity can bring at most") @NotNull @Positive Double a,
            @Schema(description = "Monthly spend (minor units) at which about 63% of a is reached") @NotNull @Positive Long b) {
    }

    @Schema(name = "BudgetActivitySetting")
    public record ActivitySetting(@NotNull Activity activity, @NotNull @PositiveOrZero Long minMinor,
            @Schema(description = "null: no limit but the budget") @PositiveOrZero Long maxMinor) {
    }

    @Schema(name = "BusinessBudgetCurves", description = "The business's own curves, in its budget's currency; an empty "
            + "curves list returns to the defaults. An activity with curves and no activities entry may take 0 to the whole budget.")
    public record CurvesRequest(@NotNull @Size(max = 15) List<@Valid @NotNull CurveSetting> curves,
            @Size(max = 5) List<@Valid @NotNull ActivitySetting> activities) {
    }

    @Schema(name = "BudgetAllocation")
    public record AllocationView(Activity activity, Money spend, Money minSpend, Money maxSpend,
            @Schema(description = "Expected results per month, per goal") Map<Goal, Double> expected) {
    }

    @Schema(name = "BudgetFreeAction")
    public record FreeActionView(String key, String title, Goal goal, double expectedPerMonth, int minutesPerWeek,
            boolean automated) {
    }

    @Schema(name = "BudgetRecommendation")
    public record Recommendation(Activity activity, Money spendPerMonth, Money spendPerDay, Map<Goal, Double> expected,
            String text) {
    }

    @Schema(name = "BudgetGoalOutlook")
    public record GoalOutlook(Goal goal, double weight, Integer monthlyTarget, double expectedFromPaid,
            double expectedFromFree) {
    }

    @Schema(name = "BudgetPlan")
    public record PlanView(UUID businessId, Money budget, Money allocated, Money unallocated,
            @Schema(description = "Derived from the allocated spend (budget_strategy); never chooses the algorithm") String strategy,
            String strategyFocus,
            String method,
            Money step,
            @Schema(description = "Most the weighted expected results can fall below the best continuous split") double maxShortfall,
            double expectedWeightedResults,
            List<GoalOutlook> goals,
            List<AllocationView> allocations,
            List<FreeActionView> freeActions,
            List<Recommendation> paidRecommendations) {
    }

    @Schema(name = "TaskCandidate")
    public record Candidate(@NotBlank @Size(max = 100) String key, @Size(max = 200) String title,
            @NotNull @PositiveOrZero Long costMinor, @NotNull @PositiveOrZero Long minutes,
            @NotNull @PositiveOrZero Double impact) {
    }

    @Schema(name = "PrioritiseRequest")
    public record PrioritiseRequest(
            @Schema(description = "Money available; the business's monthly budget by default") @PositiveOrZero Long moneyLimitMinor,
            @NotNull @PositiveOrZero Long minutesLimit,
            @NotNull @Size(min = 1, max = TaskPrioritiser.MAX_CANDIDATES) List<@Valid @NotNull Candidate> candidates) {
    }

    @Schema(name = "Prioritised")
    public record PrioritisedView(UUID businessId, Money moneyLimit, long minutesLimit, List<Candidate> chosen,
            List<String> leftOut, double totalImpact, Money totalCost, long totalMinutes, String method,
            @Schema(description = "What taking tasks by impact per rupee would have reached, for comparison") double greedyByRatioImpact) {
    }
}
