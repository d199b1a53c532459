package com.verticallight.analytics;

import com.verticallight.analytics.AnalyticsViews.ForecastPoint;
import com.verticallight.analytics.AnalyticsViews.ForecastView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Versions;
import com.verticallight.execution.Priority;
import com.verticallight.intelligence.insight.Finding;
import com.verticallight.intelligence.insight.InsightContext;
import com.verticallight.intelligence.insight.InsightRule;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An insight from each deployed forecast (revenue, appointments) of the business (else of the whole tenant): the
 * next 7 days' forecast against the usual for the same 7 weekdays (the last 4 weeks' actuals, a quarter of their
 * sum). Only when the whole band (the sum of the days' 95% bounds) lies below the usual: a drop the model is sure
 * of. Fewer than 28 days of data behind the model, or the band reaching the usual: no insight.
 */
@ApplicationScoped
public class ForecastInsightRule implements InsightRule {

    static final int DAYS = 7;
    static final int USUAL_WEEKS = 4;

    private final Models models;
    private final Versions versions;
    private final InsightService insights;

    public ForecastInsightRule(Models models, Versions versions, InsightService insights) {
        this.models = models;
        this.versions = versions;
        this.insights = insights;
    }

    @Override
    public String type() {
        return "forecast_drop";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return models.list("kind = :k and status = :s and (businessId = :b or businessId is null)",
                Map.of("k", ModelKind.FORECAST, "s", ModelStatus.DEPLOYED, "b", context.business().id), null)
                .chain(found -> Multi.createFrom().iterable(ownFirst(found))
                        .onItem().transformToUniAndConcatenate(m -> finding(m, context))
                        .collect().asList())
                .map(all -> all.stream().filter(Objects::nonNull).toList());
    }

    /** One model per target: the business's own before the tenant-wide one. */
    private static List<AnalyticsModel> ownFirst(List<AnalyticsModel> found) {
        Map<String, AnalyticsModel> byTarget = new LinkedHashMap<>();
        found.stream().sorted((a, b) -> Boolean.compare(a.businessId == null, b.businessId == null))
                .forEach(m -> byTarget.putIfAbsent(m.target, m));
        return List.copyOf(byTarget.values());
    }

    private Uni<Finding> finding(AnalyticsModel m, InsightContext context) {
        return versions.first("modelId = :id and number = :n", Map.of("id", m.id, "n", m.deployedVersion))
                .chain(version -> insights.forecast(m.id, DAYS + 1).map(view -> {
                    LocalDate today = view.actuals().get(view.actuals().size() - 1).date().plusDays(1);
                    if (version == null || version.dataFrom == null
                            || version.dataFrom.isAfter(today.minusDays(DAYS * USUAL_WEEKS))) {
                        return null;
                    }
                    return drop(m, view, today);
                }))
                // a model that cannot forecast now (e.g. its business's data scope is gone) makes no insight
                .onFailure(ProblemException.class).recoverWithNull();
    }

    static Finding drop(AnalyticsModel m, ForecastView view, LocalDate today) {
        List<ForecastPoint> week = view.forecast().stream().filter(p -> p.date().isAfter(today)).limit(DAYS).toList();
        List<ForecastPoint> last = view.actuals().subList(Math.max(0, view.actuals().size() - DAYS * USUAL_WEEKS),
                view.actuals().size());
        if (week.size() < DAYS || last.size() < DAYS * USUAL_WEEKS) {
            return null;
        }
        double expected = week.stream().mapToDouble(ForecastPoint::value).sum();
        double lower = week.stream().mapToDouble(p -> Math.max(0, p.lower())).sum();
        double upper = week.stream().mapToDouble(ForecastPoint::upper).sum();
        double usual = last.stream().mapToDouble(ForecastPoint::value).sum() / USUAL_WEEKS;
        if (usual <= 0 || upper >= usual) {
            return null;
        }
        boolean money = "REVENUE".equals(m.target);
        double dropShare = (usual - expected) / usual;
        Object coverage = view.holdoutMetrics().get("intervalCoverage95");
        double confidence = coverage instanceof Number n ? n.doubleValue() : 0.95;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("modelId", m.id.toString());
        evidence.put("version", view.version());
        evidence.put("target", m.target);
        evidence.put("from", week.get(0).date().toString());
        evidence.put("to", week.get(DAYS - 1).date().toString());
        evidence.put("expected", Math.round(expected));
        evidence.put("lower", Math.round(lower));
        evidence.put("upper", Math.round(upper));
        evidence.put("usual", Math.round(usual));
        evidence.put("usualFrom", last.get(0).date().toString());
        evidence.put("unit", view.unit());
        evidence.put("currency", view.currency());
        evidence.put("dropPercent", Math.round(dropShare * 1000) / 10.0);
        evidence.put("holdoutMae", view.holdoutMetrics().get("mae"));
        evidence.put("confidence", Math.round(confidence * 1000) / 1000.0);
        String what = money ? "Revenue" : "Appointments";
        String title = what + " for the next 7 days expected at " + amount(expected, money, view.currency()) + " ("
                + amount(lower, money, view.currency()) + "–" + amount(upper, money, view.currency())
                + "), below the usual " + amount(usual, money, view.currency());
        String description = "The forecast model (version " + view.version() + ") expects "
                + Math.round(dropShare * 100) + "% less than the same weekdays averaged over the last 4 weeks, and "
                + "even the top of its 95% band stays below that. A promotion or a message to regular customers "
                + "before the quiet days can fill them.";
        Priority priority = dropShare >= 0.2 ? Priority.HIGH : Priority.MEDIUM;
        return new Finding(m.target.toLowerCase(), title, description, priority, 1, evidence);
    }

    private static String amount(double value, boolean money, String currency) {
        return money ? MoneyText.of(Math.round(value), currency) : String.valueOf(Math.round(value));
    }
}
