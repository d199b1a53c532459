package com.verticallight.analytics.retention;

import com.verticallight.job.JobHandler;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.RunningJob;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The hub's data retention (kind analytics.purge, one a day per tenant, correlation analytics-purge:<tenant>): the
 * plan's {@code data_retention_days} (30 / 90 / 365 / 1,095 for trial / basic / premium / enterprise) decides how
 * long the hub keeps what it stored itself. Older predictions (with their feedback), anomalies of older days and the
 * fitted state of older versions are deleted; a version's row, metrics and data range stay (the accuracy history),
 * and the deployed version and each model's newest trained version keep their state whatever their age. The
 * tenant's own sales, appointments and leads are not the hub's to delete. Then it schedules the next day.
 */
@ApplicationScoped
public class RetentionPurge implements JobHandler {

    public static final String KIND = "analytics.purge";
    public static final String CORRELATION = "analytics-purge";
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);

    private static final String RETENTION = """
            select p.data_retention_days from tenant t join plan p on p.code = t.plan_code where t.id = $1""";
    private static final String PREDICTIONS = """
            delete from analytics_prediction where tenant_id = $1 and created_at < $2""";
    /** The per-day counts of the predictions purged (the plan's limit reads only today's). */
    private static final String PREDICTION_DAYS = """
            delete from analytics_prediction_day where tenant_id = $1 and day < $2""";
    private static final String ANOMALIES = """
            delete from analytics_anomaly where tenant_id = $1 and day < $2""";
    /** Never the deployed version's state, nor the newest trained version's (it may still be deployed). */
    private static final String VERSION_STATES = """
            update analytics_model_version v set state = null
            where v.tenant_id = $1 and v.state is not null and coalesce(v.finished_at, v.created_at) < $2
              and not exists (select 1 from analytics_model m where m.tenant_id = v.tenant_id and m.id = v.model_id
                              and m.deployed_version = v.number)
              and v.number < (select max(n.number) from analytics_model_version n
                              where n.tenant_id = v.tenant_id and n.model_id = v.model_id and n.status = 'TRAINED')""";

    private final Pool pool;
    private final JobScheduler jobs;
    private final Clock clock;

    public RetentionPurge(Pool pool, JobScheduler jobs, Clock clock) {
        this.pool = pool;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** What one purge removed. */
    public record Purged(int retentionDays, int predictions, int anomalies, int versionStates) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        return purge(job.tenantId())
                .invoke(p -> LOG.debugf("Tenant %s, %d days kept: %d predictions, %d anomalies, %d version states "
                        + "purged", job.tenantId(), p.retentionDays(), p.predictions(), p.anomalies(), p.versionStates()))
                .chain(() -> Panache.withTransaction(this::scheduleNext)).replaceWithVoid();
    }

    /** Deletes what is older than the tenant's plan keeps, in one transaction. */
    public Uni<Purged> purge(UUID tenantId) {
        Instant now = clock.instant();
        return pool.withTransaction(connection -> connection.preparedQuery(RETENTION).execute(Tuple.of(tenantId))
                .chain(rows -> {
                    int days = rows.iterator().next().getInteger(0);
                    Instant cutoff = now.minus(java.time.Duration.ofDays(days));
                    OffsetDateTime at = cutoff.atOffset(ZoneOffset.UTC);
                    LocalDate day = at.toLocalDate();
                    return deleted(connection, PREDICTIONS, Tuple.of(tenantId, at))
                            .call(() -> deleted(connection, PREDICTION_DAYS, Tuple.of(tenantId, day)))
                            .chain(predictions -> deleted(connection, ANOMALIES, Tuple.of(tenantId, day))
                                    .chain(anomalies -> deleted(connection, VERSION_STATES, Tuple.of(tenantId, at))
                                            .map(states -> new Purged(days, predictions, anomalies, states))));
                }));
    }

    private static Uni<Integer> deleted(SqlConnection connection, String sql, Tuple params) {
        return connection.preparedQuery(sql).execute(params).map(result -> result.rowCount());
    }

    /**
     * The current tenant's next purge, tomorrow at 02:00 UTC, in the caller's transaction (one per day by key; a
     * cancelled one is revived).
     */
    public Uni<Void> scheduleNext() {
        LocalDate tomorrow = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        Instant at = tomorrow.atTime(2, 0).toInstant(ZoneOffset.UTC);
        return jobs.reschedule(new JobRequest(KIND, "{}", at, "analytics-purge:" + tomorrow, CORRELATION, 3))
                .replaceWithVoid();
    }
}
