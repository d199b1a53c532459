package com.verticallight.analytics;

import com.verticallight.analytics.AnalyticsViews.ForecastPoint;
import com.verticallight.analytics.AnalyticsViews.ForecastView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
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

    static final String TYPE = "forecast_drop";
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
        return TYPE;
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return models.servingBusiness(ModelKind.FORECAST, context.business().id)
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(m -> finding(m, context))
                        .collect().asList())
                .map(all -> all.stream().filter(Objects::nonNull).toList());
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
        if ("REVENUE".equals(m.target) && view.currency() != null) {
            // the amounts again as money (whole units, in minor units) for the texts
            evidence.put("expectedMinor", whole(expected, view.currency()));
            evidence.put("lowerMinor", whole(lower, view.currency()));
            evidence.put("upperMinor", whole(upper, view.currency()));
            evidence.put("usualMinor", whole(usual, view.currency()));
        }
        Priority priority = dropShare >= 0.2 ? Priority.HIGH : Priority.MEDIUM;
        return Finding.written(TYPE, m.target.toLowerCase(), priority, 1, evidence);
    }

    /** An amount in minor units rounded to whole units of its currency (₹38,124 rather than ₹38,123.87). */
    private static long whole(double minor, String currency) {
        long unit = (long) Math.pow(10, Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits()));
        return Math.round(minor / unit) * unit;
    }
}
