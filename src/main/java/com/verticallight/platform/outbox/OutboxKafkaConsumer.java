package com.verticallight.platform.outbox;

import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Takes outbox events from Kafka on any instance (one consumer group) and processes each once: an event already
 * recorded as processed is skipped (a second delivery acts no more), a failed processing is tried again with a
 * doubling backoff, and after {@code vlos.outbox.kafka.attempts} the event is DEAD (dead-letter API, a task for the
 * owner) and the record goes to the dead-letter topic (the channel's failure strategy). A record that is not an
 * outbox event goes there at once. No transaction is open while the processor calls platforms.
 */
@ApplicationScoped
public class OutboxKafkaConsumer {

    private static final Logger LOG = Logger.getLogger(OutboxKafkaConsumer.class);
    private static final String PROCESSED_AT = """
            select processed_at from outbox where id = $1 and tenant_id is not distinct from $2""";
    private static final String PROCESSED = """
            update outbox set processed_at = $3 where id = $1 and tenant_id is not distinct from $2""";

    private final Pool pool;
    private final Clock clock;
    private final OutboxConfig config;
    private final OutboxProcessor processor;
    private final OutboxDeadLetters deadLetters;

    OutboxKafkaConsumer(Pool pool, Clock clock, OutboxConfig config, OutboxProcessor processor,
            OutboxDeadLetters deadLetters) {
        this.pool = pool;
        this.clock = clock;
        this.config = config;
        this.processor = processor;
        this.deadLetters = deadLetters;
    }

    @Incoming(OutboxKafka.INCOMING)
    public Uni<Void> consume(String record) {
        return Uni.createFrom().item(() -> read(record)).chain(this::consume);
    }

    private Uni<Void> consume(OutboxEvent event) {
        return alreadyProcessed(event).chain(done -> {
            if (done) {
                LOG.infof("Outbox event %s (%s) was processed before: skipped", event.id(), event.topic());
                return Uni.createFrom().voidItem();
            }
            return processWithRetries(event)
                    .chain(() -> pool.preparedQuery(PROCESSED).execute(Tuple.of(event.id(), event.tenantId(),
                            clock.instant().atOffset(ZoneOffset.UTC))))
                    .invoke(() -> LOG.infof("Outbox event %s (%s) processed", event.id(), event.topic()))
                    .onFailure().call(failure -> deadLetters.dead(event, "PUBLISHED", config.kafka().attempts(),
                            OutboxDeadLetters.errorText(failure), clock.instant()))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> processWithRetries(OutboxEvent event) {
        return Uni.createFrom().deferred(() -> processor.process(event))
                .onFailure().invoke(failure -> LOG.warnf("Outbox event %s (%s) processing failed: %s", event.id(),
                        event.topic(), OutboxDeadLetters.errorText(failure)))
                .onFailure().retry().withBackOff(config.kafka().backoff(), config.maxBackoff())
                .atMost(Math.max(0, config.kafka().attempts() - 1));
    }

    /** An event whose row is gone (or never was in this database) counts as processed: there is nothing to do. */
    private Uni<Boolean> alreadyProcessed(OutboxEvent event) {
        return pool.preparedQuery(PROCESSED_AT).execute(Tuple.of(event.id(), event.tenantId()))
                .map(rows -> !rows.iterator().hasNext() || rows.iterator().next().getValue("processed_at") != null);
    }

    private static OutboxEvent read(String record) {
        OutboxEvent event;
        try {
            event = JsonText.read(record, OutboxEvent.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not an outbox event: " + e.getMessage(), e);
        }
        if (event == null || event.id() == null || event.topic() == null || event.payload() == null) {
            throw new IllegalArgumentException("Not an outbox event: id, topic and payload are required");
        }
        return event;
    }
}
