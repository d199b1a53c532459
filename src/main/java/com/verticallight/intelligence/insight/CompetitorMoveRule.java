package com.verticallight.intelligence.insight;

import com.verticallight.execution.Priority;
import com.verticallight.intelligence.competitor.CompetitorService;
import com.verticallight.intelligence.competitor.CompetitorViews.AlertView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recent competitor alerts (sharp rating or review count moves), the latest one per competitor and kind. */
@ApplicationScoped
public class CompetitorMoveRule implements InsightRule {

    @Inject
    CompetitorService competitors;

    @Inject
    InsightConfig config;

    @Override
    public String type() {
        return "competitor_move";
    }

    @Override
    public Uni<List<Finding>> find(InsightContext context) {
        return competitors.alertsSince(context.business().id, context.now().minus(config.competitorAlertAge()))
                .map(alerts -> {
                    Map<String, Finding> latest = new LinkedHashMap<>();
                    alerts.forEach(alert -> latest.putIfAbsent(alert.competitorId() + ":" + alert.kind(),
                            finding(alert)));
                    return List.copyOf(latest.values());
                });
    }

    private static Finding finding(AlertView alert) {
        boolean rating = alert.kind().equals("RATING");
        String what = rating ? "rating" : "review count";
        String from = rating ? String.valueOf(alert.previousValue()) : String.valueOf((long) alert.previousValue());
        String to = rating ? String.valueOf(alert.currentValue()) : String.valueOf((long) alert.currentValue());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("competitor", alert.competitorName());
        evidence.put("kind", alert.kind());
        evidence.put("previousValue", alert.previousValue());
        evidence.put("currentValue", alert.currentValue());
        evidence.put("previousAt", alert.previousAt().toString());
        evidence.put("observedAt", alert.observedAt().toString());
        return new Finding(alert.competitorId() + ":" + alert.kind(),
                alert.competitorName() + "'s " + what + " moved from " + from + " to " + to,
                "Between " + alert.previousAt() + " and " + alert.observedAt() + " the " + what + " of "
                        + alert.competitorName() + " went from " + from + " to " + to + ".",
                Priority.MEDIUM, 1, evidence);
    }
}
