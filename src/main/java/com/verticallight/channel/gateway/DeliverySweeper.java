package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes deliveries left SENDING past the lease (their instance died mid-call) and resolves each: sent again when
 * its request provably never started (no "request started" was committed), else confirmed by reading the platform
 * back, else UNCERTAIN with a task for the owner. Rows are taken with FOR UPDATE SKIP LOCKED and their lease renewed
 * in one statement, so several instances never take one twice; a sweeper that dies mid-way leaves them for the next.
 */
@ApplicationScoped
public class DeliverySweeper {

    private static final Logger LOG = Logger.getLogger(DeliverySweeper.class);
    private static final String TAKE_ABANDONED = """
            update delivery set updated_at = $1
            where id in (select id from delivery where status = 'SENDING' and updated_at < $2
                         order by updated_at limit $3 for update skip locked)
            returning id, tenant_id, connection_id, idempotency_key, action_type, recipient, action, marketing,
                      task_type, request_started_at, created_at""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    GatewayConfig config;

    @Inject
    ChannelGateway gateway;

    @Inject
    DeliveryResolver resolver;

    @Inject
    com.verticallight.channel.connect.GoogleAccessTokens googleTokens;

    @Inject
    DeliveryLog log;

    @Inject
    ConnectionService connections;

    @Inject
    CurrentTenant currentTenant;

    /** What one sweep did. */
    public record Sweep(int resent, int confirmed, int uncertain, int other) {

        public int taken() {
            return resent + confirmed + uncertain + other;
        }
    }

    @Scheduled(every = "${vlos.channels.sweeper.every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return sweep().invoke(done -> {
            if (done.taken() > 0) {
                LOG.infof("Deliveries left SENDING resolved: %d sent again, %d confirmed, %d uncertain, %d other",
                        done.resent(), done.confirmed(), done.uncertain(), done.other());
            }
        }).replaceWithVoid();
    }

    /** Resolves the deliveries SENDING for longer than the lease. */
    public Uni<Sweep> sweep() {
        Instant now = clock.instant();
        return pool.preparedQuery(TAKE_ABANDONED)
                .execute(Tuple.of(at(now), at(now.minus(config.sweeper().lease())), config.sweeper().batchSize()))
                .chain(rows -> {
                    List<Row> taken = new ArrayList<>();
                    rows.forEach(taken::add);
                    return Multi.createFrom().iterable(taken)
                            .onItem().transformToUniAndMerge(this::resolve)
                            .collect().asList();
                })
                .map(DeliverySweeper::tally);
    }

    private Uni<Outcome> resolve(Row row) {
        UUID deliveryId = row.getUUID("id");
        return currentTenant.runAs(row.getUUID("tenant_id"), () -> resolveAsTenant(row))
                .onFailure().invoke(e -> LOG.warnf("Delivery %s left SENDING could not be resolved yet: %s",
                        deliveryId, e.getMessage()))
                .onFailure().recoverWithItem(Outcome.OTHER);
    }

    private Uni<Outcome> resolveAsTenant(Row row) {
        UUID connectionId = row.getUUID("connection_id");
        Uni<ResolvedConnection> connection = connectionId == null ? Uni.createFrom().nullItem()
                : connections.resolve(List.of(connectionId)).chain(googleTokens::freshForLive)
                        .map(found -> found.get(connectionId));
        return connection.chain(found -> {
            boolean neverStarted = row.getValue("request_started_at") == null;
            if (found == null) {
                return log.finish(row.getUUID("tenant_id"), row.getUUID("id"), new DeliveryLog.Finish(
                        neverStarted ? DeliveryStatus.FAILED : DeliveryStatus.UNCERTAIN, null, "REJECTED", null,
                        "The connection was removed while this was being sent", 0, List.of()))
                        .replaceWith(Outcome.OTHER);
            }
            if (neverStarted && row.getString("action") != null) {
                return gateway.resume(row.getUUID("id"), command(row)).map(Outcome::of);
            }
            Instant startedAt = instant(row.getValue("request_started_at"), row.getValue("created_at"));
            return resolver.resolveStarted(new DeliveryResolver.Unresolved(row.getUUID("id"),
                    row.getString("idempotency_key"), found, action(row), startedAt,
                    DeliveryResolver.SERVICE_STOPPED, List.of()))
                    .map(outcome -> outcome.status() == DeliveryStatus.SENT ? Outcome.CONFIRMED : Outcome.UNCERTAIN);
        });
    }

    private static ActionCommand command(Row row) {
        return new ActionCommand(row.getUUID("connection_id"), row.getString("idempotency_key"), action(row),
                row.getBoolean("marketing"), true, row.getString("task_type"));
    }

    /** The stored action; rows from before it was stored only say what kind of action and to whom. */
    private static OutboundAction action(Row row) {
        String json = row.getString("action");
        if (json != null) {
            return JsonText.read(json, OutboundAction.class);
        }
        OutboundAction.ActionType type = java.util.Arrays.stream(OutboundAction.ActionType.values())
                .filter(t -> t.name().equals(row.getString("action_type"))).findFirst().orElse(null);
        return new OutboundAction(type, row.getString("recipient"), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static Instant instant(Object started, Object created) {
        Object value = started != null ? started : created;
        return value instanceof OffsetDateTime time ? time.toInstant() : Instant.parse(String.valueOf(value));
    }

    private enum Outcome {
        RESENT, CONFIRMED, UNCERTAIN, OTHER;

        static Outcome of(ActionOutcome outcome) {
            return outcome != null && (outcome.status() == DeliveryStatus.SENT
                    || outcome.status() == DeliveryStatus.SIMULATED || outcome.status() == DeliveryStatus.FAILED)
                    ? RESENT : OTHER;
        }
    }

    private static Sweep tally(List<Outcome> outcomes) {
        return new Sweep(count(outcomes, Outcome.RESENT), count(outcomes, Outcome.CONFIRMED),
                count(outcomes, Outcome.UNCERTAIN), count(outcomes, Outcome.OTHER));
    }

    private static int count(List<Outcome> outcomes, Outcome kind) {
        return (int) outcomes.stream().filter(o -> o == kind).count();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
