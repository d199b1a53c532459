package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.analytics.AnalyticsViews.AnomalyView;
import com.verticallight.analytics.AnalyticsViews.DetectRequest;
import com.verticallight.analytics.anomaly.AnomalyDetector;
import com.verticallight.analytics.anomaly.Severity;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.Anomaly;
import com.verticallight.analytics.model.Repositories.Anomalies;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds unusual days in a business's daily series (up to yesterday, local calendar), stores each once (by business,
 * metric and day) with severity and money impact, and writes analytics.anomaly_detected to the outbox for each new
 * one in the same transaction, so workflows with an AI trigger start from it.
 */
@ApplicationScoped
public class AnomalyService {

    public static final String TOPIC = "analytics.anomaly_detected";
    static final int DEFAULT_DAYS = 7;

    private final Anomalies anomalies;
    private final DataChecks checks;
    private final TenantData data;
    private final Pool pool;
    private final CurrentTenant tenant;
    private final Clock clock;

    public AnomalyService(Anomalies anomalies, DataChecks checks, TenantData data, Pool pool, CurrentTenant tenant,
            Clock clock) {
        this.anomalies = anomalies;
        this.checks = checks;
        this.data = data;
        this.pool = pool;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Detects on one series of a business over the last days; returns the anomalies of those days. */
    @WithTransaction
    public Uni<List<AnomalyView>> detect(DetectRequest request) {
        String metric = request.metric() == null ? "REVENUE" : request.metric();
        int days = request.days() == null ? DEFAULT_DAYS : request.days();
        return checks.requireBusiness(request.businessId())
                .chain(() -> run(tenant.id(), request.businessId(), metric, days));
    }

    /** The daily run of a deployed anomaly model: its metric, on its business or on each of the tenant's. */
    public Uni<List<AnomalyView>> detectFor(AnalyticsModel m) {
        Uni<List<UUID>> businesses = m.businessId != null ? Uni.createFrom().item(List.of(m.businessId))
                : pool.preparedQuery("select id from business where tenant_id = $1")
                        .execute(io.vertx.mutiny.sqlclient.Tuple.of(m.tenantId)).map(rows -> {
                            List<UUID> ids = new ArrayList<>();
                            rows.forEach(row -> ids.add(row.getUUID("id")));
                            return ids;
                        });
        return businesses.chain(ids -> Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> Panache.withTransaction(
                        () -> run(m.tenantId, id, m.target, DEFAULT_DAYS))
                        .onFailure(ProblemException.class).recoverWithItem(List.of()))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList()));
    }

    private Uni<List<AnomalyView>> run(UUID tenantId, UUID businessId, String metric, int days) {
        return checks.scope(tenantId, businessId).chain(place -> {
            LocalDate end = place.today().minusDays(1);
            LocalDate from = end.minusDays(days - 1L + AnomalyDetector.HISTORY_DAYS);
            return data.series(place.scope(), metric, from, end).chain(series -> {
                int needed = AnomalyDetector.HISTORY_DAYS + days;
                if (series.days() < needed) {
                    throw new NotEnoughData(Text.of("analytics.anomalyWindowHistory",
                            Map.of("metric", metric.toLowerCase(), "days", days, "needed", needed, "have", series.days())));
                }
                return rules().chain(rules -> {
                    List<Anomaly> found = new ArrayList<>();
                    for (AnomalyDetector.Finding f : AnomalyDetector.score(series.values(), series.days() - days)) {
                        String severity = Severity.of(f.score(), rules);
                        if (severity != null) {
                            found.add(anomaly(businessId, metric, series.first().plusDays(f.index()), f, severity,
                                    place.currency()));
                        }
                    }
                    return store(tenantId, found);
                });
            }).chain(() -> anomalies.list("businessId = :b and metric = :m and day >= :from",
                    Map.of("b", businessId, "m", metric, "from", end.minusDays(days - 1L)), "day"))
                    .map(list -> list.stream().map(AnomalyService::view).toList());
        });
    }

    private Anomaly anomaly(UUID businessId, String metric, LocalDate day, AnomalyDetector.Finding f, String severity,
            String currency) {
        Anomaly a = new Anomaly();
        a.businessId = businessId;
        a.metric = metric;
        a.day = day;
        a.actual = f.actual();
        a.expected = f.expected();
        a.score = f.score();
        a.severity = severity;
        boolean money = metric.equals("REVENUE");
        a.impactMinor = money ? Math.round(f.expected() - f.actual()) : null;
        a.currency = money ? currency : null;
        a.status = "OPEN";
        a.createdAt = clock.instant();
        a.updatedAt = a.createdAt;
        return a;
    }

    /** Stores the new anomalies (a day already stored keeps its status) and emits an event for each new one. */
    private Uni<Void> store(UUID tenantId, List<Anomaly> found) {
        return Multi.createFrom().iterable(found).onItem().transformToUniAndConcatenate(a -> anomalies.first(
                "businessId = :b and metric = :m and day = :d", Map.of("b", a.businessId, "m", a.metric, "d", a.day))
                .chain(existing -> existing != null ? Uni.createFrom().voidItem()
                        : anomalies.add(a).chain(saved -> Outbox.emit(tenantId, TOPIC, Outbox.payload(
                                "anomalyId", saved.id, "businessId", saved.businessId, "metric", saved.metric,
                                "day", saved.day, "severity", saved.severity, "direction", direction(saved),
                                "actual", saved.actual, "expected", saved.expected, "score", saved.score,
                                "impactMinor", saved.impactMinor, "currency", saved.currency), clock.instant()))))
                .collect().asList().replaceWithVoid();
    }

    private Uni<List<Severity>> rules() {
        return pool.query("select severity, min_score from analytics_severity_rule").execute().map(rows -> {
            List<Severity> rules = new ArrayList<>();
            rows.forEach(row -> rules.add(new Severity(row.getString("severity"), row.getDouble("min_score"))));
            return rules;
        });
    }

    @WithSession
    public Uni<List<AnomalyView>> list(String status, UUID businessId, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (businessId != null) {
            where.append(" and businessId = :b");
            params.put("b", businessId);
        }
        return anomalies.page(where.toString(), params, "day desc, createdAt desc", 0, limit)
                .map(list -> list.stream().map(AnomalyService::view).toList());
    }

    @WithTransaction
    public Uni<AnomalyView> setStatus(UUID id, String status) {
        return anomalies.getById(id, "Anomaly").chain(a -> {
            a.status = status;
            a.updatedAt = clock.instant();
            return anomalies.flush(a);
        }).map(AnomalyService::view);
    }

    static String direction(Anomaly a) {
        return a.actual >= a.expected ? "SPIKE" : "DROP";
    }

    static AnomalyView view(Anomaly a) {
        return new AnomalyView(a.id, a.businessId, a.metric, a.day, a.actual, a.expected, a.score, a.severity,
                direction(a), a.impactMinor, a.currency, a.status, a.createdAt, a.updatedAt);
    }

    static Instant now(Clock clock) {
        return clock.instant();
    }
}
