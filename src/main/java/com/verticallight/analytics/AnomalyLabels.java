package com.verticallight.analytics;

import com.verticallight.analytics.AnalyticsViews.AnomalyAccuracyView;
import com.verticallight.analytics.anomaly.LabelledAccuracy;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The detector's precision (and recall per severity cut) from the statuses the tenant set on its anomalies, per
 * metric; tenant-wide or for one business. Also stored with each anomaly model's version when it is trained.
 */
@ApplicationScoped
public class AnomalyLabels {

    private final Pool pool;
    private final CurrentTenant tenant;

    public AnomalyLabels(Pool pool, CurrentTenant tenant) {
        this.pool = pool;
        this.tenant = tenant;
    }

    /** Per metric, for the current tenant (one business, or all when null). */
    public Uni<List<AnomalyAccuracyView>> accuracy(UUID businessId) {
        return counts(tenant.id(), businessId, null).map(byMetric -> byMetric.entrySet().stream()
                .map(e -> view(e.getKey(), LabelledAccuracy.of(e.getValue()))).toList());
    }

    /** The figures of one metric (for a model's version), zeros when nothing is labelled. */
    public Uni<LabelledAccuracy.Figures> figures(UUID tenantId, UUID businessId, String metric) {
        return counts(tenantId, businessId, metric).map(byMetric -> LabelledAccuracy.of(byMetric.getOrDefault(metric,
                new LabelledAccuracy.Counts(Map.of(), Map.of(), 0))));
    }

    private Uni<Map<String, LabelledAccuracy.Counts>> counts(UUID tenantId, UUID businessId, String metric) {
        String sql = """
                select metric, severity, count(*) filter (where status = 'RESOLVED') as resolved,
                       count(*) filter (where status = 'FALSE_ALARM') as false_alarms,
                       count(*) filter (where status in ('OPEN', 'ACKNOWLEDGED')) as unlabelled
                from analytics_anomaly
                where tenant_id = $1 and ($2::uuid is null or business_id = $2) and ($3::text is null or metric = $3)
                group by metric, severity""";
        return pool.preparedQuery(sql).execute(Tuple.of(tenantId, businessId, metric)).map(rows -> {
            Map<String, Map<String, Integer>> real = new TreeMap<>();
            Map<String, Map<String, Integer>> falseAlarms = new HashMap<>();
            Map<String, Integer> unlabelled = new HashMap<>();
            for (Row row : rows) {
                String m = row.getString("metric");
                real.computeIfAbsent(m, k -> new HashMap<>()).put(row.getString("severity"), row.getInteger("resolved"));
                falseAlarms.computeIfAbsent(m, k -> new HashMap<>()).put(row.getString("severity"),
                        row.getInteger("false_alarms"));
                unlabelled.merge(m, row.getInteger("unlabelled"), Integer::sum);
            }
            Map<String, LabelledAccuracy.Counts> byMetric = new TreeMap<>();
            real.forEach((m, bySeverity) -> byMetric.put(m, new LabelledAccuracy.Counts(bySeverity,
                    falseAlarms.get(m), unlabelled.getOrDefault(m, 0))));
            return byMetric;
        });
    }

    private static AnomalyAccuracyView view(String metric, LabelledAccuracy.Figures f) {
        return new AnomalyAccuracyView(metric, f.labelled(), f.real(), f.falseAlarms(), f.unlabelled(), f.precision(),
                f.cuts().stream().map(c -> new AnalyticsViews.SeverityCut(c.fromSeverity(), c.flagged(), c.precision(),
                        c.recallOfConfirmed())).toList());
    }
}
