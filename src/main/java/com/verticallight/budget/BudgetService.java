package com.verticallight.budget;

import com.verticallight.i18n.Text;
import com.verticallight.budget.BudgetViews.ActivityView;
import com.verticallight.budget.BudgetViews.CurveView;
import com.verticallight.budget.BudgetViews.CurvesRequest;
import com.verticallight.budget.BudgetViews.CurvesView;
import com.verticallight.budget.BudgetViews.GoalView;
import com.verticallight.budget.BudgetViews.GoalsRequest;
import com.verticallight.budget.BudgetViews.PlanView;
import com.verticallight.budget.BudgetViews.ResultEntry;
import com.verticallight.budget.BudgetViews.ResultsRequest;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.business.Money;
import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A business's budget plan, goals, recorded results and the curves fitted from them. */
@ApplicationScoped
public class BudgetService {

    static final String FORMULA = "return(x) = a * (1 - exp(-x / b)); x = monthly spend in minor units";
    static final String FIT_METHOD = "Least squares of a with b fixed (a_fit = sum(y g) / sum(g^2), g = 1 - exp(-x/b)), "
            + "blended with the prior (the default, or the business's own curve): "
            + "a = (k a_prior + n a_fit) / (k + n), n = months with spend and a result";

    @Inject
    BusinessService businesses;

    @Inject
    BudgetGoalRepository goals;

    @Inject
    BudgetResultRepository results;

    @Inject
    BudgetReference reference;

    @Inject
    BusinessCurves ownCurves;

    @Inject
    BudgetConfig config;

    @Inject
    Clock clock;

    @Inject
    ReaderLanguage reader;

    @WithSession
    public Uni<PlanView> plan(UUID businessId) {
        return businesses.get(businessId).chain(business -> goalsOf(businessId)
                .chain(goalViews -> ownCurves.of(business).chain(priors -> fitted(business, priors)
                        .chain(curves -> {
                            String currency = business.monthlyBudget().currency();
                            return reference.strategies(currency)
                                    .chain(strategies -> reference.freeActions(business.category().code())
                                            .chain(free -> reader.current().map(locale -> BudgetPlanner.plan(
                                                    new BudgetPlanner.Inputs(business.id(), business.monthlyBudget(),
                                                            goalViews, curves, priors.bounds(), strategies, free,
                                                            minStep(currency), config.maxSteps()), locale))));
                        }))));
    }

    @WithSession
    public Uni<List<GoalView>> goals(UUID businessId) {
        return businesses.get(businessId).chain(business -> goalsOf(businessId));
    }

    @WithTransaction
    public Uni<List<GoalView>> saveGoals(UUID businessId, GoalsRequest request) {
        Set<Goal> seen = new HashSet<>();
        for (int i = 0; i < request.goals().size(); i++) {
            if (!seen.add(request.goals().get(i).goal())) {
                throw ProblemException.invalid("goals[" + i + "].goal", Text.of("budget.listedTwice"));
            }
        }
        return businesses.get(businessId)
                .chain(business -> goals.list("businessId = :b", Map.of("b", businessId), null))
                .chain(existing -> Multi.createFrom().iterable(existing)
                        .onItem().transformToUniAndConcatenate(goals::remove).collect().last())
                .chain(() -> Multi.createFrom().iterable(request.goals())
                        .onItem().transformToUniAndConcatenate(view -> goals.add(goal(businessId, view)))
                        .collect().last())
                .chain(() -> goalsOf(businessId));
    }

    /** Stores the month's spend and results (replacing what was recorded for the same activity) and refits. */
    @WithTransaction
    public Uni<CurvesView> recordResults(UUID businessId, ResultsRequest request) {
        return businesses.get(businessId).chain(business -> {
            LocalDate month = month(request.month(), ZoneId.of(business.timeZone()));
            requireDistinctActivities(request.entries());
            return Multi.createFrom().iterable(request.entries())
                    .onItem().transformToUniAndConcatenate(entry -> upsert(businessId, month, entry))
                    .collect().last()
                    .chain(() -> curvesView(business));
        });
    }

    @WithSession
    public Uni<CurvesView> curves(UUID businessId) {
        return businesses.get(businessId).chain(this::curvesView);
    }

    /** Sets the business's own curves (an empty list returns to the defaults) and answers the curves now in use. */
    @WithTransaction
    public Uni<CurvesView> replaceCurves(UUID businessId, CurvesRequest request) {
        return businesses.get(businessId).chain(business -> ownCurves.replace(business, request)
                .chain(() -> curvesView(business)));
    }

    @WithTransaction
    public Uni<Void> clearCurves(UUID businessId) {
        return businesses.get(businessId).chain(business -> ownCurves.clear(businessId));
    }

    private Uni<CurvesView> curvesView(BusinessView business) {
        String currency = business.monthlyBudget().currency();
        return ownCurves.of(business).chain(priors -> fitted(business, priors).map(curves -> new CurvesView(
                business.id(), currency, FORMULA, FIT_METHOD, config.priorWeight(), curves,
                priors.bounds().stream().map(b -> new ActivityView(b.activity(), new Money(b.minMinor(), currency),
                        BudgetPlanner.maxSpend(b, currency), priors.own() ? "BUSINESS" : "DEFAULT")).toList())));
    }

    private Uni<List<CurveView>> fitted(BusinessView business, BusinessCurves.Priors priors) {
        return results.list("businessId = :b", Map.of("b", business.id()), "month, activity")
                .map(found -> CurvesInUse.of(priors.curves(), found, config.priorWeight(), priors.own()));
    }

    private long minStep(String currency) {
        return currency.equals(config.minStepCurrency()) ? config.minStepMinor() : 1;
    }

    private Uni<List<GoalView>> goalsOf(UUID businessId) {
        return goals.list("businessId = :b", Map.of("b", businessId), "goal").map(found -> found.isEmpty()
                ? List.of(new GoalView(Goal.LEADS, null, 1.0))
                : found.stream().map(g -> new GoalView(g.goal, g.monthlyTarget, g.weight)).toList());
    }

    private static BudgetGoal goal(UUID businessId, GoalView view) {
        BudgetGoal goal = new BudgetGoal();
        goal.businessId = businessId;
        goal.goal = view.goal();
        goal.monthlyTarget = view.monthlyTarget();
        goal.weight = view.weight() == null ? 1.0 : view.weight();
        return goal;
    }

    private Uni<BudgetResult> upsert(UUID businessId, LocalDate month, ResultEntry entry) {
        return results.first("businessId = :b and month = :m and activity = :a",
                Map.of("b", businessId, "m", month, "a", entry.activity())).chain(found -> {
                    BudgetResult row = found == null ? new BudgetResult() : found;
                    row.businessId = businessId;
                    row.month = month;
                    row.activity = entry.activity();
                    row.spendMinor = entry.spendMinor();
                    row.leads = entry.leads();
                    row.footfall = entry.footfall();
                    row.reviews = entry.reviews();
                    row.recordedAt = clock.instant();
                    return found == null ? results.add(row) : results.flush(row);
                });
    }

    private LocalDate month(String text, ZoneId zone) {
        YearMonth month;
        try {
            month = YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", Text.of("budget.yyyyMM"));
        }
        if (month.isAfter(YearMonth.now(clock.withZone(zone)))) {
            throw ProblemException.invalid("month", Text.of("budget.notAfterCurrentMonth"));
        }
        return month.atDay(1);
    }

    private static void requireDistinctActivities(List<ResultEntry> entries) {
        Set<Activity> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!seen.add(entries.get(i).activity())) {
                throw ProblemException.invalid("entries[" + i + "].activity", Text.of("budget.listedTwice"));
            }
        }
    }
}
