package com.verticallight.budget;

import com.verticallight.i18n.Text;
import com.verticallight.budget.BudgetReference.ActivityBounds;
import com.verticallight.budget.BudgetViews.ActivitySetting;
import com.verticallight.budget.BudgetViews.CurveSetting;
import com.verticallight.budget.BudgetViews.CurvesRequest;
import com.verticallight.business.BusinessView;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The priors a business's plan starts from: its own curves and activity bounds (V22) when it has set them in its
 * budget's currency, otherwise the category defaults (V17). Never converts between currencies.
 */
@ApplicationScoped
public class BusinessCurves {

    /** The curves before fitting and the activities the plan may fund; own = set by the business. */
    public record Priors(List<ResponseCurve> curves, List<ActivityBounds> bounds, boolean own) {
    }

    @Inject
    BusinessCurveRepository curves;

    @Inject
    BusinessActivityRepository activities;

    @Inject
    BudgetReference reference;

    /** Needs a session; a 409 explaining how to get a plan when neither the business nor the defaults have curves. */
    public Uni<Priors> of(BusinessView business) {
        String currency = business.monthlyBudget().currency();
        Map<String, Object> where = Map.of("b", business.id());
        return curves.list("businessId = :b", where, "activity, goal").chain(own -> {
            List<BusinessCurve> inCurrency = own.stream().filter(c -> c.currency.equals(currency)).toList();
            if (!inCurrency.isEmpty()) {
                return activities.list("businessId = :b and currency = :c", Map.of("b", business.id(), "c", currency),
                        "activity").map(bounds -> ownPriors(inCurrency, bounds));
            }
            return defaults(business, currency, own);
        });
    }

    /** Replaces the business's curves with the request's, in its budget's currency; an empty list removes them. */
    public Uni<Void> replace(BusinessView business, CurvesRequest request) {
        List<ActivitySetting> bounds = request.activities() == null ? List.of() : request.activities();
        validate(request.curves(), bounds);
        String currency = business.monthlyBudget().currency();
        return clear(business.id())
                .chain(() -> Multi.createFrom().iterable(request.curves())
                        .onItem().transformToUniAndConcatenate(s -> curves.add(curve(business.id(), currency, s)))
                        .collect().last())
                .chain(() -> Multi.createFrom().iterable(bounds)
                        .onItem().transformToUniAndConcatenate(s -> activities.add(activity(business.id(), currency, s)))
                        .collect().last())
                .replaceWithVoid();
    }

    public Uni<Void> clear(UUID businessId) {
        Map<String, Object> where = Map.of("b", businessId);
        return curves.list("businessId = :b", where, null)
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(curves::remove).collect().last())
                .chain(() -> activities.list("businessId = :b", where, null))
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(activities::remove).collect().last())
                .replaceWithVoid();
    }

    private Uni<Priors> defaults(BusinessView business, String currency, List<BusinessCurve> otherCurrency) {
        String category = business.category().code();
        return reference.curves(category, currency).chain(found -> {
            if (found.isEmpty()) {
                throw ProblemException.conflict(noCurves(business.id(), currency, otherCurrency));
            }
            return reference.activities(category, currency).map(bounds -> new Priors(found, bounds, false));
        });
    }

    static Text noCurves(UUID businessId, String currency, List<BusinessCurve> otherCurrency) {
        String example = "{\"curves\":[{\"activity\":\"LOCAL_SEARCH_ADS\",\"goal\":\"LEADS\",\"a\":40,"
                + "\"b\":500000}],\"activities\":[{\"activity\":\"LOCAL_SEARCH_ADS\",\"minMinor\":0,\"maxMinor\":null}]}";
        return Text.of("budget.noCurves", Map.of("currency", currency, "businessId", businessId.toString(),
                "example", example, "own", otherCurrency.isEmpty() ? "none" : otherCurrency.get(0).currency));
    }

    private static Priors ownPriors(List<BusinessCurve> own, List<BusinessActivity> bounds) {
        Set<Activity> funded = EnumSet.noneOf(Activity.class);
        own.forEach(c -> funded.add(c.activity));
        List<ActivityBounds> all = new ArrayList<>();
        for (Activity activity : funded) {
            all.add(bounds.stream().filter(b -> b.activity == activity).findFirst().map(BusinessActivity::bounds)
                    .orElseGet(() -> new ActivityBounds(activity, 0, ActivityBounds.NO_MAX,
                            BusinessActivity.describe(activity))));
        }
        return new Priors(own.stream().map(BusinessCurve::curve).toList(), all, true);
    }

    static void validate(List<CurveSetting> curves, List<ActivitySetting> bounds) {
        Set<String> seen = new HashSet<>();
        Set<Activity> withCurves = EnumSet.noneOf(Activity.class);
        for (int i = 0; i < curves.size(); i++) {
            CurveSetting c = curves.get(i);
            if (!seen.add(c.activity() + "/" + c.goal())) {
                throw ProblemException.invalid("curves[" + i + "].goal", Text.of("budget.goalTwice", Map.of("activity", String.valueOf(c.activity()))));
            }
            withCurves.add(c.activity());
        }
        Set<Activity> bounded = EnumSet.noneOf(Activity.class);
        for (int i = 0; i < bounds.size(); i++) {
            ActivitySetting b = bounds.get(i);
            if (!bounded.add(b.activity())) {
                throw ProblemException.invalid("activities[" + i + "].activity", Text.of("budget.listedTwice"));
            }
            if (!withCurves.contains(b.activity())) {
                throw ProblemException.invalid("activities[" + i + "].activity", Text.of("budget.hasNoCurveCurves"));
            }
            if (b.maxMinor() != null && b.maxMinor() < b.minMinor()) {
                throw ProblemException.invalid("activities[" + i + "].maxMinor", Text.of("budget.notBelowMinMinor"));
            }
        }
    }

    private static BusinessCurve curve(UUID businessId, String currency, CurveSetting setting) {
        BusinessCurve row = new BusinessCurve();
        row.businessId = businessId;
        row.activity = setting.activity();
        row.goal = setting.goal();
        row.currency = currency;
        row.scaleA = BigDecimal.valueOf(setting.a());
        row.spendBMinor = setting.b();
        return row;
    }

    private static BusinessActivity activity(UUID businessId, String currency, ActivitySetting setting) {
        BusinessActivity row = new BusinessActivity();
        row.businessId = businessId;
        row.activity = setting.activity();
        row.currency = currency;
        row.minSpendMinor = setting.minMinor();
        row.maxSpendMinor = setting.maxMinor();
        return row;
    }
}
