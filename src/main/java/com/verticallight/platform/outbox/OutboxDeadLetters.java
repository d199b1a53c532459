package com.verticallight.platform.outbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Makes an outbox event DEAD (kept with its last error, listed by the dead-letter API, replayable) and tells the
 * {@link DeadLetterListener}s once: used by the relay (in-process processing) and by the Kafka consumer.
 */
@ApplicationScoped
class OutboxDeadLetters {

    private static final Logger LOG = Logger.getLogger(OutboxDeadLetters.class);
    private static final String DEAD = """
            update outbox set status = 'DEAD', dead_at = $3, last_error = $4, claimed_by = null, claimed_until = null,
                              attempts = greatest(attempts, $6)
            where id = $1 and tenant_id is not distinct from $2 and status = $5
            returning created_at""";

    private final Pool pool;
    private final Instance<DeadLetterListener> listeners;

    OutboxDeadLetters(Pool pool, Instance<DeadLetterListener> listeners) {
        this.pool = pool;
        this.listeners = listeners;
    }

    /** The event, in status {@code from} (PENDING or PUBLISHED), is DEAD now; nothing happens if it was not so. */
    Uni<Void> dead(OutboxEvent event, String from, int attempts, String error, Instant now) {
        LOG.errorf("Outbox event %s (%s) is a dead letter after %d attempts: %s", event.id(), event.topic(), attempts,
                error);
        return pool.preparedQuery(DEAD).execute(Tuple.tuple().addUUID(event.id()).addUUID(event.tenantId())
                .addValue(now.atOffset(ZoneOffset.UTC)).addString(error).addString(from).addInteger(attempts))
                .chain(rows -> rows.size() == 0 ? Uni.createFrom().voidItem()
                        : tell(new DeadLetter(event.id(), event.tenantId(), event.topic(), event.payload(), attempts,
                                error, rows.iterator().next().getOffsetDateTime("created_at").toInstant(), now)));
    }

    /** A listener that fails is logged; the dead letter itself stays listed either way. */
    private Uni<Void> tell(DeadLetter letter) {
        return Multi.createFrom().iterable(listeners)
                .onItem().transformToUniAndConcatenate(listener -> Uni.createFrom().deferred(() -> listener.dead(letter))
                        .onFailure().invoke(e -> LOG.errorf(e, "Dead letter %s: %s failed", letter.id(),
                                listener.getClass().getSimpleName()))
                        .onFailure().recoverWithNull())
                .collect().asList().replaceWithVoid();
    }

    /** The failure in words, without NUL (PostgreSQL cannot store it, and it may be why processing failed). */
    static String errorText(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.replace((char) 0, ' ');
    }
}
