package com.verticallight.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows onto the internal event channel, oldest first. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several instances share the work; a row is marked published only once its
 * consumer acknowledged it, so a failed or crashed processing is tried again (at least once).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = """
            select id, tenant_id, topic, payload from outbox
            where published_at is null and attempts < 10
            order by created_at limit 100 for update skip locked""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    @Channel(Outbox.CHANNEL)
    MutinyEmitter<OutboxEvent> emitter;

    @Scheduled(every = "${vlos.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return relayPending().replaceWithVoid();
    }

    /** Publishes what is pending now; returns how many rows were handled. */
    public Uni<Integer> relayPending() {
        return pool.withTransaction(connection -> connection.query(CLAIM).execute()
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> publish(connection, row))
                        .collect().asList().map(java.util.List::size)));
    }

    private Uni<Void> publish(SqlConnection connection, Row row) {
        OutboxEvent event = new OutboxEvent(row.getUUID("id"), row.getUUID("tenant_id"), row.getString("topic"),
                row.getString("payload"));
        return emitter.send(event)
                .chain(() -> mark(connection, event.id(), "published_at = $2", clock.instant().atOffset(ZoneOffset.UTC)))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Outbox event %s (%s) failed: %s", event.id(), event.topic(), failure.getMessage());
                    return mark(connection, event.id(), "last_error = $2", String.valueOf(failure.getMessage()));
                });
    }

    private static Uni<Void> mark(SqlConnection connection, UUID id, String assignment, Object value) {
        return connection.preparedQuery("update outbox set attempts = attempts + 1, " + assignment + " where id = $1")
                .execute(Tuple.of(id, value)).replaceWithVoid();
    }
}
