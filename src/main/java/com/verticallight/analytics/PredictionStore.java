package com.verticallight.analytics;

import com.verticallight.analytics.DataChecks.Place;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.PredictionRecord;
import com.verticallight.i18n.Text;
import com.verticallight.platform.db.RelaxedPool;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.problem.PlanLimitExceeded;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.LimitNotices;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The prediction request path's database work, in three round trips. One statement reads the model of the caller's
 * tenant (by id or name), its plan's predictions per day and the place (time zone, currency); one statement on the
 * relaxed pool takes the predictions from the day's allowance (analytics_prediction_day, V72), so the check cannot be
 * passed twice by requests at the same moment and costs the same on the day's 10,000th prediction as on its first;
 * the stored predictions (and their threshold events) are written by a group commit: a write waits for its own
 * commit before the answer, and writes arriving while one commit runs go together in the next transaction, so
 * concurrent predictions share one disk flush.
 */
@ApplicationScoped
public class PredictionStore {

    private static final String SERVING = """
            select m.id, m.name, m.kind, m.target, m.status, m.deployed_version, m.business_id, m.training_window_days,
                   m.prediction_threshold, p.code as plan_code, p.max_predictions_per_day,
                   coalesce(b.time_zone, t.time_zone) as time_zone, t.currency, (m.business_id is null or b.id is not null) as placed
            from analytics_model m join tenant t on t.id = m.tenant_id join plan p on p.code = t.plan_code
            left join business b on b.id = m.business_id and b.tenant_id = m.tenant_id
            where m.tenant_id = $1 and """;
    private static final String BY_ID = SERVING + " m.id = $2";
    private static final String BY_NAME = SERVING + " m.name = $2";
    private static final String INSERT = """
            insert into analytics_prediction (id, tenant_id, model_id, version_number, inputs, prediction, value,
                confidence, details, target_date, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""";
    /** Takes {@code $3} more of the day's allowance {@code $4}; no row when that would pass it. */
    private static final String RESERVE = """
            insert into analytics_prediction_day as d (tenant_id, day, used) values ($1, $2, $3)
            on conflict (tenant_id, day) do update set used = d.used + excluded.used where d.used + excluded.used <= $4
            returning d.used""";
    private static final String RELEASE = """
            update analytics_prediction_day set used = greatest(used - $3, 0) where tenant_id = $1 and day = $2""";
    private static final int MAX_ROWS_PER_COMMIT = 500;

    private final Pool pool;
    private final RelaxedPool relaxed;
    private final Clock clock;
    private final LimitNotices notices;
    private final Queue<Write> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean committing = new AtomicBoolean();

    public PredictionStore(Pool pool, RelaxedPool relaxed, Clock clock, LimitNotices notices) {
        this.pool = pool;
        this.relaxed = relaxed;
        this.clock = clock;
        this.notices = notices;
    }

    /**
     * A deployed model ready to predict for the caller, the place its data lives in (today, currency), and the
     * predictions reserved for it on the UTC day {@code day}.
     */
    public record Serving(AnalyticsModel model, Place place, LocalDate day, int reserved) {
    }

    /** An event to write with the predictions (the threshold crossed). */
    public record Event(UUID tenantId, String topic, String payload) {
    }

    /**
     * The deployed model {@code ref} of the tenant, with room for {@code count} more predictions today: 404 when the
     * tenant has no such model, 409 when it is not deployed or an anomaly model, 403 beyond the plan's predictions per
     * day. {@code workflowRef}: {@code ref} is an id or a name, and a model that is missing or not deployed answers
     * 404 "Deployed model ref" (what a workflow step names must be serving).
     */
    public Uni<Serving> serving(UUID tenantId, String ref, boolean workflowRef, int count) {
        UUID id = asUuid(ref);
        LocalDate day = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return pool.preparedQuery(id != null ? BY_ID : BY_NAME).execute(Tuple.of(tenantId, id != null ? id : ref))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound(workflowRef ? "Deployed model" : "Model");
                    }
                    Row row = rows.iterator().next();
                    AnalyticsModel m = model(tenantId, row);
                    if (workflowRef && (m.status != ModelStatus.DEPLOYED || m.deployedVersion == null)) {
                        throw ProblemException.notFound("Deployed model");
                    }
                    if (m.status != ModelStatus.DEPLOYED || m.deployedVersion == null) {
                        throw ProblemException.conflict(Text.of("analytics.deployFirst", Map.of("status", m.status.name())));
                    }
                    if (m.kind == ModelKind.ANOMALY) {
                        throw ProblemException.conflict(Text.of("analytics.anomalyModelRunByPOST"));
                    }
                    if (!row.getBoolean("placed")) {
                        throw ProblemException.notFound("Business");
                    }
                    String zone = row.getString("time_zone");
                    Serving serving = new Serving(m, new Place(new TenantData.Scope(tenantId, m.businessId, zone),
                            row.getString("currency"), LocalDate.now(clock.withZone(ZoneId.of(zone)))), day, count);
                    return reserve(serving, row.getInteger("max_predictions_per_day"), row.getString("plan_code"));
                });
    }

    /**
     * Takes the predictions from the day's allowance in one statement (so two requests cannot both take the last
     * one), or answers 403 naming the limit; the owners hear of it once per UTC day.
     */
    private Uni<Serving> reserve(Serving serving, int allowed, String plan) {
        UUID tenantId = serving.model().tenantId;
        Uni<Boolean> taken = serving.reserved() > allowed ? Uni.createFrom().item(false)
                : relaxed.pool().preparedQuery(RESERVE)
                        .execute(Tuple.of(tenantId, serving.day(), serving.reserved(), allowed))
                        .map(rows -> rows.size() > 0);
        return taken.chain(ok -> ok ? Uni.createFrom().item(serving)
                : notices.reached(tenantId, "predictions_per_day", allowed, plan)
                        .chain(() -> Uni.createFrom().failure(new PlanLimitExceeded("predictions_per_day", allowed, plan))));
    }

    /** Gives back what {@link #serving} reserved when the predictions were not made (bad input, a failed write). */
    public Uni<Void> release(Serving serving) {
        return relaxed.pool().preparedQuery(RELEASE)
                .execute(Tuple.of(serving.model().tenantId, serving.day(), serving.reserved())).replaceWithVoid();
    }

    private static UUID asUuid(String ref) {
        try {
            return UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static AnalyticsModel model(UUID tenantId, Row row) {
        AnalyticsModel m = new AnalyticsModel();
        m.id = row.getUUID("id");
        m.tenantId = tenantId;
        m.name = row.getString("name");
        m.kind = ModelKind.valueOf(row.getString("kind"));
        m.target = row.getString("target");
        m.status = ModelStatus.valueOf(row.getString("status"));
        m.deployedVersion = row.getInteger("deployed_version");
        m.businessId = row.getUUID("business_id");
        m.trainingWindowDays = row.getInteger("training_window_days");
        m.predictionThreshold = row.getDouble("prediction_threshold");
        return m;
    }

    /**
     * Stores the predictions and events in one transaction shared with the writes waiting beside them; the item
     * arrives once they are committed (on the caller's Vert.x context), or the failure of that transaction.
     */
    public Uni<Void> save(List<PredictionRecord> records, List<Event> events) {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().emitter(emitter -> {
            waiting.add(new Write(records, events, failure -> {
                Runnable answer = () -> {
                    if (failure == null) {
                        emitter.complete(null);
                    } else {
                        emitter.fail(failure);
                    }
                };
                if (caller != null) {
                    caller.runOnContext(ignored -> answer.run());
                } else {
                    answer.run();
                }
            }));
            commitWaiting();
        });
    }

    private record Write(List<PredictionRecord> records, List<Event> events, Consumer<Throwable> done) {
    }

    /** Commits what is waiting unless a commit runs; the running one calls this again when it ends. */
    private void commitWaiting() {
        if (!committing.compareAndSet(false, true)) {
            return;
        }
        List<Write> batch = new ArrayList<>();
        int rows = 0;
        for (Write w = waiting.peek(); w != null && (batch.isEmpty() || rows + w.records().size() <= MAX_ROWS_PER_COMMIT);
                w = waiting.peek()) {
            batch.add(waiting.poll());
            rows += w.records().size();
        }
        if (batch.isEmpty()) {
            committing.set(false);
            if (!waiting.isEmpty()) {
                commitWaiting(); // one arrived between the peek and the reset
            }
            return;
        }
        Instant now = clock.instant();
        committed(batch, now).subscribe().with(ok -> finish(batch, null), failure -> finish(batch, failure));
    }

    /**
     * Predictions alone: one batched insert, one round trip (the statements up to one Sync are one implicit
     * transaction, so all rows or none); with threshold events, a transaction that writes them to the outbox too.
     */
    private Uni<Void> committed(List<Write> batch, Instant now) {
        if (batch.stream().allMatch(w -> w.events().isEmpty())) {
            List<Tuple> rows = new ArrayList<>();
            batch.forEach(w -> w.records().forEach(r -> rows.add(row(r))));
            return pool.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
        }
        return pool.withTransaction(connection -> write(connection, batch, now));
    }

    private void finish(List<Write> batch, Throwable failure) {
        committing.set(false);
        batch.forEach(w -> w.done().accept(failure));
        if (!waiting.isEmpty()) {
            commitWaiting();
        }
    }

    private static Uni<Void> write(SqlConnection connection, List<Write> batch, Instant now) {
        List<Tuple> rows = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (Write w : batch) {
            w.records().forEach(r -> rows.add(row(r)));
            events.addAll(w.events());
        }
        Uni<Void> written = connection.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
        for (Event e : events) {
            written = written.chain(() -> Outbox.add(connection, e.tenantId(), e.topic(), e.payload(), now));
        }
        return written;
    }

    private static Tuple row(PredictionRecord r) {
        return Tuple.from(new Object[] {r.id, r.tenantId, r.modelId, r.versionNumber, r.inputs, r.prediction, r.value,
            r.confidence, r.details, r.targetDate, r.createdAt.atOffset(ZoneOffset.UTC)});
    }
}
