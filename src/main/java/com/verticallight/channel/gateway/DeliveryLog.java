package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.platform.db.StatementBatcher;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The write side of the delivery log, on the reactive pool (safe for many concurrent actions; no ORM
 * session is shared). An action is claimed by its idempotency key before anything is sent.
 */
@ApplicationScoped
public class DeliveryLog {

    private static final String CLAIM = """
            insert into delivery (id, tenant_id, connection_id, channel, action_type, idempotency_key, recipient, mode,
                                  status, created_at, updated_at, action, marketing, task_type, request_started_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13, $14)
            on conflict (tenant_id, idempotency_key) do nothing
            returning id""";

    /** {@link #CLAIM} for many deliveries at once (concurrent sends), one array per column. */
    private static final String CLAIM_MANY = """
            insert into delivery (id, tenant_id, connection_id, channel, action_type, idempotency_key, recipient, mode,
                                  status, created_at, updated_at, action, marketing, task_type, request_started_at)
            select v.id, v.tenant_id, v.connection_id, v.channel, v.action_type, v.idempotency_key, v.recipient, v.mode,
                   v.status, v.at, v.at, v.action, v.marketing, v.task_type, v.started
            from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                        $9::text[], $10::timestamptz[], $11::text[], $12::boolean[], $13::text[], $14::timestamptz[])
                 as v(id, tenant_id, connection_id, channel, action_type, idempotency_key, recipient, mode, status, at,
                      action, marketing, task_type, started)
            on conflict (tenant_id, idempotency_key) do nothing
            returning id""";

    /** A finish that emits nothing, for many deliveries at once. */
    private static final String FINISH_MANY = """
            update delivery d set status = v.status, platform_id = v.platform_id, error_kind = v.error_kind,
                                  error_code = v.error_code, error_message = v.error_message,
                                  attempts = d.attempts + v.attempts, requests = v.requests, updated_at = v.at
            from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[],
                        $9::text[], $10::timestamptz[])
                 as v(id, tenant_id, status, platform_id, error_kind, error_code, error_message, attempts, requests, at)
            where d.id = v.id and d.tenant_id = v.tenant_id""";

    /** A finish that emits nothing (not a lasting failure): no row to return. */
    private static final String FINISH_QUIET = """
            update delivery set status = $2, platform_id = $3, error_kind = $4, error_code = $5, error_message = $6,
                                attempts = attempts + $7, requests = $8, updated_at = $9
            where id = $1 and tenant_id = $10""";

    /** A transient failure (nothing arrived) taken again as the next round of the same key; one taker wins. */
    private static final String RETAKE = """
            update delivery set status = 'SENDING', send_round = send_round + 1, request_started_at = null,
                                error_kind = null, error_code = null, error_message = null, platform_id = null,
                                updated_at = $3
            where tenant_id = $1 and idempotency_key = $2 and status = 'FAILED'
              and error_kind in ('TRANSIENT', 'RATE_LIMITED', 'CIRCUIT_OPEN')
            returning id""";

    /** Committed before the first byte of a live request leaves; only one sender can start a round. */
    private static final String STARTED = """
            update delivery set request_started_at = $3, updated_at = $3
            where id = $1 and tenant_id = $2 and status = 'SENDING' and request_started_at is null
            returning id""";

    private static final String FINISH = """
            update delivery set status = $2, platform_id = $3, error_kind = $4, error_code = $5, error_message = $6,
                                attempts = attempts + $7, requests = $8, updated_at = $9
            where id = $1 and tenant_id = $10
            returning tenant_id, connection_id, channel, action_type, recipient, idempotency_key,
                      (select c.business_id from channel_connection c
                       where c.id = delivery.connection_id and c.tenant_id = delivery.tenant_id) as business_id""";

    /** The outbox topic of a delivery that failed for good (not a transient failure its job will retry). */
    public static final String DELIVERY_FAILED = "delivery.failed";

    private static final java.util.Set<String> RETRIED_BY_JOB = java.util.Set.of("TRANSIENT", "RATE_LIMITED",
            "CIRCUIT_OPEN");

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    /** @param action the action as JSON, kept so a delivery a crash left unsent can be sent again */
    public record Claim(UUID tenantId, UUID connectionId, String channel, String actionType, String idempotencyKey,
            String recipient, String mode, String action, boolean marketing, String taskType) {
    }

    public record Finish(DeliveryStatus status, String platformId, String errorKind, String errorCode,
            String errorMessage, int attempts, List<PlatformRequest> requests) {
    }

    /** The new delivery's id, or empty when this idempotency key was claimed before (nothing to send). */
    public Uni<Optional<UUID>> claim(Claim claim, DeliveryStatus initial) {
        return claim(claim, initial, false);
    }

    /**
     * A claim that also records, in the same committed statement, that its request is about to leave (as {@link
     * #markStarted} would): for a live send that follows at once. One round trip instead of two; a crash between the
     * two leaves the delivery to be checked as possibly sent rather than sent again, never sent twice.
     */
    public Uni<Optional<UUID>> claimStarted(Claim claim) {
        return claim(claim, DeliveryStatus.SENDING, true);
    }

    private Uni<Optional<UUID>> claim(Claim claim, DeliveryStatus initial, boolean started) {
        OffsetDateTime now = now();
        return claims.submit(new ClaimRow(UUID.randomUUID(), claim, initial.name(), now, started ? now : null));
    }

    /** One delivery row to insert: its new id, what it claims, its first status and times. */
    private record ClaimRow(UUID id, Claim claim, String status, OffsetDateTime at, OffsetDateTime started) {
    }

    /** Concurrent claims (a fan-out's actions, other requests' sends) go in one statement and one commit. */
    private final StatementBatcher<ClaimRow, Optional<UUID>> claims = new StatementBatcher<>(4, 200,
            this::claimMany, this::claimOne);

    private Uni<Optional<UUID>> claimOne(ClaimRow row) {
        Claim claim = row.claim();
        Tuple values = Tuple.tuple().addUUID(row.id()).addUUID(claim.tenantId()).addUUID(claim.connectionId())
                .addString(claim.channel()).addString(claim.actionType()).addString(claim.idempotencyKey())
                .addString(claim.recipient()).addString(claim.mode()).addString(row.status()).addValue(row.at())
                .addString(claim.action()).addBoolean(claim.marketing()).addString(claim.taskType())
                .addValue(row.started());
        return pool.preparedQuery(CLAIM).execute(values)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("id")));
    }

    private Uni<List<Optional<UUID>>> claimMany(List<ClaimRow> rows) {
        int n = rows.size();
        UUID[] ids = new UUID[n], tenants = new UUID[n], connections = new UUID[n];
        String[] channels = new String[n], types = new String[n], keys = new String[n], recipients = new String[n],
                modes = new String[n], statuses = new String[n], actions = new String[n], tasks = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n], started = new OffsetDateTime[n];
        Boolean[] marketing = new Boolean[n];
        for (int i = 0; i < n; i++) {
            ClaimRow row = rows.get(i);
            Claim c = row.claim();
            ids[i] = row.id();
            tenants[i] = c.tenantId();
            connections[i] = c.connectionId();
            channels[i] = c.channel();
            types[i] = c.actionType();
            keys[i] = c.idempotencyKey();
            recipients[i] = c.recipient();
            modes[i] = c.mode();
            statuses[i] = row.status();
            at[i] = row.at();
            actions[i] = c.action();
            marketing[i] = c.marketing();
            tasks[i] = c.taskType();
            started[i] = row.started();
        }
        Tuple values = Tuple.tuple().addArrayOfUUID(ids).addArrayOfUUID(tenants).addArrayOfUUID(connections)
                .addArrayOfString(channels).addArrayOfString(types).addArrayOfString(keys).addArrayOfString(recipients)
                .addArrayOfString(modes).addArrayOfString(statuses).addArrayOfOffsetDateTime(at)
                .addArrayOfString(actions).addArrayOfBoolean(marketing).addArrayOfString(tasks)
                .addArrayOfOffsetDateTime(started);
        return pool.preparedQuery(CLAIM_MANY).execute(values).map(inserted -> {
            java.util.Set<UUID> won = new java.util.HashSet<>();
            inserted.forEach(r -> won.add(r.getUUID("id")));
            return rows.stream().map(row -> won.contains(row.id()) ? Optional.of(row.id()) : Optional.<UUID>empty())
                    .toList();
        });
    }

    /**
     * The delivery of this key taken again for a new round, when its last round failed transiently (nothing
     * arrived: timeouts with an answer, 5xx, rate limits, an open circuit); empty otherwise.
     */
    public Uni<Optional<UUID>> retake(UUID tenantId, String idempotencyKey) {
        return pool.preparedQuery(RETAKE).execute(Tuple.of(tenantId, idempotencyKey, now()))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getUUID("id")));
    }

    /**
     * Records, committed, that this round's request is about to leave. False when the round was started already (by
     * another instance, or the sweeper): then this caller must send nothing.
     */
    public Uni<Boolean> markStarted(UUID tenantId, UUID deliveryId) {
        return pool.preparedQuery(STARTED).execute(Tuple.of(deliveryId, tenantId, now()))
                .map(rows -> rows.size() > 0);
    }

    public Uni<Void> finish(UUID tenantId, UUID deliveryId, Finish finish) {
        if (finish.status() != DeliveryStatus.FAILED || RETRIED_BY_JOB.contains(finish.errorKind())) {
            return finishes.submit(new FinishRow(tenantId, deliveryId, finish, now()));
        }
        Tuple values = Tuple.tuple().addUUID(deliveryId).addString(finish.status().name())
                .addString(finish.platformId()).addString(finish.errorKind()).addString(finish.errorCode())
                .addString(truncate(finish.errorMessage())).addInteger(finish.attempts())
                .addString(toJson(finish.requests())).addValue(now()).addUUID(tenantId);
        return pool.withTransaction(connection -> connection.preparedQuery(FINISH).execute(values)
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().voidItem() : failed(connection,
                        rows.iterator().next(), deliveryId, finish)));
    }

    /** A finish that emits nothing (not a lasting failure). */
    private record FinishRow(UUID tenantId, UUID deliveryId, Finish finish, OffsetDateTime at) {
    }

    /** Concurrent finishes that emit nothing go in one statement and one commit. */
    private final StatementBatcher<FinishRow, Void> finishes = new StatementBatcher<>(4, 200, this::finishMany,
            this::finishOne);

    private Uni<Void> finishOne(FinishRow row) {
        Finish f = row.finish();
        return pool.preparedQuery(FINISH_QUIET).execute(Tuple.tuple().addUUID(row.deliveryId())
                .addString(f.status().name()).addString(f.platformId()).addString(f.errorKind())
                .addString(f.errorCode()).addString(truncate(f.errorMessage())).addInteger(f.attempts())
                .addString(toJson(f.requests())).addValue(row.at()).addUUID(row.tenantId())).replaceWithVoid();
    }

    private Uni<List<Void>> finishMany(List<FinishRow> rows) {
        int n = rows.size();
        UUID[] ids = new UUID[n], tenants = new UUID[n];
        String[] statuses = new String[n], platformIds = new String[n], kinds = new String[n], codes = new String[n],
                messages = new String[n], requests = new String[n];
        Integer[] attempts = new Integer[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            FinishRow row = rows.get(i);
            Finish f = row.finish();
            ids[i] = row.deliveryId();
            tenants[i] = row.tenantId();
            statuses[i] = f.status().name();
            platformIds[i] = f.platformId();
            kinds[i] = f.errorKind();
            codes[i] = f.errorCode();
            messages[i] = truncate(f.errorMessage());
            attempts[i] = f.attempts();
            requests[i] = toJson(f.requests());
            at[i] = row.at();
        }
        return pool.preparedQuery(FINISH_MANY).execute(Tuple.tuple().addArrayOfUUID(ids).addArrayOfUUID(tenants)
                .addArrayOfString(statuses).addArrayOfString(platformIds).addArrayOfString(kinds)
                .addArrayOfString(codes).addArrayOfString(messages).addArrayOfInteger(attempts)
                .addArrayOfString(requests).addArrayOfOffsetDateTime(at))
                .map(ignored -> java.util.Collections.<Void>nCopies(n, null));
    }

    /**
     * "delivery.failed", committed with the FAILED status. A transient failure (TRANSIENT, RATE_LIMITED, CIRCUIT_OPEN) emits
     * none: a scheduled send is retried by its job as a new round, and what still fails in the end becomes a task. A workflow's own deliveries (keys "wf:…") emit none: their
     * step's error path handles them, and a workflow on this event could otherwise start itself again and again.
     */
    private Uni<Void> failed(io.vertx.mutiny.sqlclient.SqlConnection connection, Row row, UUID deliveryId,
            Finish finish) {
        if (row.getString("idempotency_key").startsWith("wf:") || row.getString("idempotency_key").startsWith("ntf:")) {
            return Uni.createFrom().voidItem();
        }
        java.time.Instant now = clock.instant();
        return com.verticallight.platform.outbox.Outbox.add(connection, row.getUUID("tenant_id"), DELIVERY_FAILED,
                com.verticallight.platform.json.JsonText.write(com.verticallight.platform.outbox.Outbox.payload(
                        "deliveryId", deliveryId, "businessId", row.getUUID("business_id"), "connectionId",
                        row.getUUID("connection_id"), "channel", row.getString("channel"), "actionType",
                        row.getString("action_type"), "recipient", row.getString("recipient"), "errorKind",
                        finish.errorKind(), "errorCode", finish.errorCode(), "errorMessage",
                        truncate(finish.errorMessage()), "attempts", finish.attempts(), "failedAt", now)), now);
    }

    /** Keeps what a deferred delivery is to send, and from when. */
    public Uni<Void> defer(UUID tenantId, UUID deliveryId, GatewayViews.ActionCommand command,
            java.time.Instant notBefore) {
        return pool.preparedQuery(
                "update delivery set action = $2, marketing = $3, not_before = $4, task_type = $5 where id = $1 and tenant_id = $6")
                .execute(Tuple.of(deliveryId, toJson(command.action()), command.isMarketing(),
                        notBefore.atOffset(ZoneOffset.UTC), command.taskType(), tenantId))
                .replaceWithVoid();
    }

    /** One delivery of the tenant, as stored. */
    public Uni<Row> byId(UUID tenantId, UUID deliveryId) {
        return pool.preparedQuery("select * from delivery where tenant_id = $1 and id = $2")
                .execute(Tuple.of(tenantId, deliveryId))
                .map(rows -> rows.iterator().next());
    }

    /** The earlier delivery of an idempotency key, as stored. */
    public Uni<Row> byKey(UUID tenantId, String idempotencyKey) {
        return pool.preparedQuery("select * from delivery where tenant_id = $1 and idempotency_key = $2")
                .execute(Tuple.of(tenantId, idempotencyKey))
                .map(rows -> rows.iterator().next());
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
    }

    private static String toJson(Object value) {
        return JsonText.write(value);
    }
}
