package com.verticallight.budget;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import com.verticallight.budget.BudgetAllocator.Allocation;
import com.verticallight.budget.BudgetAllocator.Option;
import com.verticallight.budget.BudgetReference.ActivityBounds;
import com.verticallight.budget.BudgetReference.FreeAction;
import com.verticallight.budget.BudgetReference.Strategy;
import com.verticallight.budget.BudgetViews.AllocationView;
import com.verticallight.budget.BudgetViews.CurveView;
import com.verticallight.budget.BudgetViews.FreeActionView;
import com.verticallight.budget.BudgetViews.GoalOutlook;
import com.verticallight.budget.BudgetViews.GoalView;
import com.verticallight.budget.BudgetViews.PlanView;
import com.verticallight.budget.BudgetViews.Recommendation;
import com.verticallight.business.Money;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a business's budget plan from its budget, goals and curves in use: maximises the weighted expected results
 * sum_goals weight x sum_activities curve(spend) with {@link BudgetAllocator}, then labels and explains the result.
 */
final class BudgetPlanner {

    static final String METHOD = "Exact dynamic programme over equal spend steps (each activity 0 or within its "
            + "[min, max], total within the budget); with concave curves the result is within maxShortfall of the "
            + "best continuous split";

    record Inputs(UUID businessId, Money budget, List<GoalView> goals, List<CurveView> curves,
            List<ActivityBounds> bounds, List<Strategy> strategies, List<FreeAction> freeActions, long minStepMinor,
            int maxSteps) {
    }

    private BudgetPlanner() {
    }

    static long step(long budgetMinor, long minStepMinor, int maxSteps) {
        long perStep = (budgetMinor + (long) maxSteps * minStepMinor - 1) / ((long) maxSteps * minStepMinor);
        return minStepMinor * Math.max(1, perStep);
    }

    static PlanView plan(Inputs in) {
        return plan(in, Languages.ENGLISH);
    }

    /** The plan, its words (strategy, recommendations, free actions) in the reader's language. */
    static PlanView plan(Inputs in, Locale locale) {
        String currency = in.budget().currency();
        long step = step(in.budget().amountMinor(), in.minStepMinor(), in.maxSteps());
        Map<Goal, Double> weights = new EnumMap<>(Goal.class);
        in.goals().forEach(g -> weights.put(g.goal(), g.weight()));
        List<Option> options = new ArrayList<>();
        List<Double> slopes = new ArrayList<>();
        for (ActivityBounds bounds : in.bounds()) {
            List<ResponseCurve> curves = curvesOf(in.curves(), bounds.activity(), weights);
            options.add(new Option(bounds.minMinor(), bounds.maxMinor(), x -> weighted(curves, weights, x)));
            slopes.add(curves.stream().mapToDouble(c -> weights.get(c.goal()) * c.slopeAtZero()).sum());
        }
        Allocation allocation = BudgetAllocator.allocate(options, in.budget().amountMinor(), step);
        List<AllocationView> allocations = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        Map<Goal, Double> fromPaid = new EnumMap<>(Goal.class);
        for (int i = 0; i < in.bounds().size(); i++) {
            ActivityBounds bounds = in.bounds().get(i);
            long spend = allocation.spendMinor()[i];
            Map<Goal, Double> expected = expected(curvesOf(in.curves(), bounds.activity(), weights), spend);
            expected.forEach((goal, value) -> fromPaid.merge(goal, value, Double::sum));
            allocations.add(new AllocationView(bounds.activity(), new Money(spend, currency),
                    new Money(bounds.minMinor(), currency), maxSpend(bounds, currency), expected));
            if (spend > 0) {
                recommendations.add(recommendation(bounds, spend, currency, expected, locale));
            }
        }
        Strategy strategy = strategyFor(in.strategies(), allocation.total());
        List<FreeActionView> free = freeActions(in.freeActions(), weights, locale);
        return new PlanView(in.businessId(), in.budget(), new Money(allocation.total(), currency),
                new Money(in.budget().amountMinor() - allocation.total(), currency),
                strategy == null ? null : strategy.label(), strategy == null ? null : focus(strategy, locale), METHOD,
                new Money(step, currency), round(BudgetAllocator.gridShortfallBound(slopes, step)),
                round(allocation.value()), outlooks(in.goals(), fromPaid, free), allocations, free, recommendations);
    }

    static Money maxSpend(ActivityBounds bounds, String currency) {
        return bounds.maxMinor() == ActivityBounds.NO_MAX ? null : new Money(bounds.maxMinor(), currency);
    }

    private static List<ResponseCurve> curvesOf(List<CurveView> curves, Activity activity, Map<Goal, Double> weights) {
        return curves.stream().filter(c -> c.activity() == activity && weights.getOrDefault(c.goal(), 0.0) > 0)
                .map(CurvesInUse::curve).toList();
    }

    private static double weighted(List<ResponseCurve> curves, Map<Goal, Double> weights, long spend) {
        return curves.stream().mapToDouble(c -> weights.get(c.goal()) * c.expected(spend)).sum();
    }

    private static Map<Goal, Double> expected(List<ResponseCurve> curves, long spend) {
        Map<Goal, Double> expected = new EnumMap<>(Goal.class);
        curves.forEach(c -> expected.put(c.goal(), round(c.expected(spend))));
        return expected;
    }

    private static Recommendation recommendation(ActivityBounds bounds, long spend, String currency,
            Map<Goal, Double> expected, Locale locale) {
        long perDay = Math.round(spend / 30.0);
        Catalogue texts = Catalogue.owner();
        List<String> parts = new ArrayList<>();
        expected.forEach((goal, value) -> parts.add(texts.format(locale, "budget.goal." + goal.name(),
                Map.of("count", value))));
        String text = texts.format(locale, "budget.recommendation", Map.of("activity", description(bounds, currency, locale),
                "monthly", new com.verticallight.i18n.Money(spend, currency),
                "daily", new com.verticallight.i18n.Money(wholeUnits(perDay, currency), currency),
                "results", ListFormatter.getInstance(ULocale.forLocale(locale)).format(parts)));
        return new Recommendation(bounds.activity(), new Money(spend, currency), new Money(perDay, currency), expected,
                text);
    }

    /** "About ₹157 a day" rather than ₹156.67: a daily figure is rounded to whole units of the currency. */
    private static long wholeUnits(long minor, String currency) {
        long unit = (long) Math.pow(10, Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits()));
        return Math.round((double) minor / unit) * unit;
    }

    /** The activity in the reader's language (the catalogue's words for it), else as the reference data says. */
    private static String description(ActivityBounds bounds, String currency, Locale locale) {
        String key = "budget.activity." + bounds.activity().name();
        if (!Catalogue.owner().has(key)) {
            return bounds.description();
        }
        return Catalogue.owner().format(locale, key,
                Map.of("minDaily", new com.verticallight.i18n.Money(Math.round(bounds.minMinor() / 30.0), currency)));
    }

    private static String focus(Strategy strategy, Locale locale) {
        String key = "budget.strategy." + strategy.label();
        return Catalogue.owner().has(key) ? Catalogue.owner().format(locale, key) : strategy.focus();
    }

    private static Strategy strategyFor(List<Strategy> strategies, long allocated) {
        Strategy chosen = null;
        for (Strategy s : strategies) {
            if (allocated >= s.fromMinor()) {
                chosen = s;
            }
        }
        return chosen;
    }

    private static List<FreeActionView> freeActions(List<FreeAction> actions, Map<Goal, Double> weights,
            Locale locale) {
        return actions.stream().filter(a -> weights.getOrDefault(a.goal(), 0.0) > 0)
                .sorted(Comparator.comparingDouble((FreeAction a) -> -weights.get(a.goal()) * a.expectedPerMonth())
                        .thenComparing(FreeAction::key))
                .map(a -> new FreeActionView(a.key(), freeTitle(a, locale), a.goal(), a.expectedPerMonth(),
                        a.minutesPerWeek(), a.automated()))
                .toList();
    }

    private static List<GoalOutlook> outlooks(List<GoalView> goals, Map<Goal, Double> fromPaid,
            List<FreeActionView> free) {
        return goals.stream().map(g -> new GoalOutlook(g.goal(), g.weight(), g.monthlyTarget(),
                round(fromPaid.getOrDefault(g.goal(), 0.0)),
                round(free.stream().filter(a -> a.goal() == g.goal()).mapToDouble(FreeActionView::expectedPerMonth).sum())))
                .toList();
    }

    private static String freeTitle(FreeAction action, Locale locale) {
        String key = "budget.free." + action.key();
        return Catalogue.owner().has(key) ? Catalogue.owner().format(locale, key) : action.title();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
