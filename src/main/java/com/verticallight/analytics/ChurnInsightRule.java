package com.verticallight.analytics;

import com.verticallight.analytics.AnalyticsViews.CustomerAtRisk;
import com.verticallight.analytics.AnalyticsViews.CustomersAtRiskView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.execution.Priority;
import com.verticallight.intelligence.insight.Finding;
import com.verticallight.intelligence.insight.InsightContext;
import com.verticallight.intelligence.insight.InsightRule;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An insight from the deployed churn model of the business (else of the whole tenant): the customers it scores at
 * 50% or more likely not to come back within their usual time, with the monthly value at risk and the model's
 * holdout AUC as evidence. Nothing deployed, or nobody at risk: no insight.
 */
@ApplicationScoped
public class ChurnInsightRule implements InsightRule {

    static final double MIN_PROBABILITY = 0.5;
    private static final int MAX_SCORED = 500;

    private final Models models;
    private final InsightService insights;

    public ChurnInsightRule(Models models, InsightService insights) {
        this.models = models;
        this.insights = insights;
    }

    @Override
    public String type() {
        return "churn_risk";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return models.servingBusiness(ModelKind.CLASSIFICATION, context.business().id)
                .chain(found -> found.stream().findFirst()
                        .map(m -> insights.atRisk(m.id, MIN_PROBABILITY, MAX_SCORED).map(view -> finding(m, view)))
                        .orElse(Uni.createFrom().item(List.of())));
    }

    private List<Finding> finding(AnalyticsModel m, CustomersAtRiskView view) {
        if (view.atRisk() == 0) {
            return List.of();
        }
        double meanProbability = view.customers().stream().mapToDouble(CustomerAtRisk::probability).average()
                .orElse(0);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("modelId", m.id.toString());
        evidence.put("version", view.version());
        evidence.put("customersScored", view.scored());
        evidence.put("customersAtRisk", view.atRisk());
        evidence.put("valueAtRiskMonthlyMinor", view.valueAtRiskMonthlyMinor());
        evidence.put("currency", view.currency());
        evidence.put("confidence", Math.round(meanProbability * 1000) / 1000.0);
        evidence.put("minProbability", MIN_PROBABILITY);
        evidence.put("topCustomers", view.customers().stream().limit(5).map(c -> c.contactId().toString()).toList());
        Priority priority = view.atRisk() >= 5 ? Priority.HIGH : Priority.MEDIUM;
        return List.of(Finding.written(type(), "customers", priority, view.atRisk(), evidence));
    }
}
