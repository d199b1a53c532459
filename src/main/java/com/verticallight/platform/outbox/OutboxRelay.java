package com.verticallight.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows onto the internal event channel (or, with Kafka on, to Kafka: see
 * {@link OutboxKafkaConsumer}), oldest first, at least once. An event is taken with a claim (claimed_by,
 * claimed_until, attempts + 1) in one short statement, committed before its consumer runs: no transaction or row lock
 * is held while consumers call platforms. It is marked PUBLISHED once the in-process consumer has processed it (or
 * the broker has it); a failed processing (or publish) is tried again after a doubling backoff; an event whose
 * instance died is taken again when its claim runs out. After {@code vlos.outbox.max-attempts} it is DEAD: kept with
 * its last error, listed by the dead-letter API and told to the {@link DeadLetterListener}s (a task for the owner).
 * With Kafka on, the relays of all instances keep each tenant's events in the order they were written
 * ({@link #CLAIM_IN_TENANT_ORDER}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = """
            update outbox set claimed_by = $1, claimed_until = $2, attempts = attempts + 1
            where id in (select id from outbox
                         where status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= $3)
                           and (claimed_until is null or claimed_until < $3)
                         order by created_at limit $4 for update skip locked)
            returning id, tenant_id, topic, payload, attempts, last_error, created_at""";
    /**
     * With Kafka on, every instance relays: a tenant's event is taken only while none of its earlier events is in
     * another relay's hands or waiting to be tried again, so one tenant's events reach the broker (one partition, the
     * key is the tenant) in the order they were written. Takes run one at a time under {@link #TAKE_LOCK}, so two
     * relays never decide on the same snapshot.
     */
    private static final String CLAIM_IN_TENANT_ORDER = """
            update outbox set claimed_by = $1, claimed_until = $2, attempts = attempts + 1
            where id in (select o.id from outbox o
                         where o.status = 'PENDING' and (o.next_attempt_at is null or o.next_attempt_at <= $3)
                           and (o.claimed_until is null or o.claimed_until < $3)
                           and not exists (select 1 from outbox e
                                           where e.tenant_id is not distinct from o.tenant_id and e.status = 'PENDING'
                                             and e.created_at < o.created_at
                                             and (e.claimed_until >= $3 or e.next_attempt_at > $3))
                         order by o.created_at limit $4 for update skip locked)
            returning id, tenant_id, topic, payload, attempts, last_error, created_at""";
    private static final String TAKE_LOCK = "select pg_advisory_xact_lock(hashtext('vlos.outbox.relay'))";
    /** A taken event given back untried (an earlier event of its tenant failed in the same batch). */
    private static final String RELEASE = """
            update outbox set claimed_by = null, claimed_until = null, attempts = greatest(attempts - 1, 0)
            where id = $1 and tenant_id is not distinct from $2 and status = 'PENDING' and claimed_by = $3""";
    private static final String PUBLISHED = """
            update outbox set status = 'PUBLISHED', published_at = $3, claimed_by = null, claimed_until = null,
                              last_error = null
            where id = $1 and tenant_id is not distinct from $2 and status = 'PENDING'""";
    private static final String RETRY = """
            update outbox set next_attempt_at = $3, last_error = $4, claimed_by = null, claimed_until = null
            where id = $1 and tenant_id is not distinct from $2 and status = 'PENDING' and claimed_by = $5""";
    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    OutboxConfig config;

    @Inject
    @Channel(Outbox.CHANNEL)
    MutinyEmitter<OutboxEvent> emitter;

    @Inject
    OutboxKafkaPublisher kafka;

    @Inject
    OutboxDeadLetters deadLetters;

    private final String instance = "outbox-" + UUID.randomUUID();

    record Taken(OutboxEvent event, int attempt, String lastError, Instant createdAt) {
    }

    @Scheduled(every = "${vlos.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return relayPending().replaceWithVoid();
    }

    /** Takes what is pending now and processes it, oldest first; returns how many events were taken. */
    public Uni<Integer> relayPending() {
        Set<Object> stalled = new HashSet<>();
        return take().chain(taken -> Multi.createFrom().iterable(taken)
                .onItem().transformToUniAndConcatenate(next -> inTenantOrder(next, stalled))
                .collect().asList().replaceWith(taken.size()));
    }

    /**
     * With Kafka on, once an event of a tenant failed, the tenant's later events of the batch are given back untried:
     * they wait behind it, so they cannot overtake it on the broker.
     */
    private Uni<Void> inTenantOrder(Taken taken, Set<Object> stalled) {
        Object tenant = tenantKey(taken.event());
        if (config.kafka().enabled() && stalled.contains(tenant)) {
            return pool.preparedQuery(RELEASE).execute(Tuple.of(taken.event().id(), taken.event().tenantId(), instance))
                    .replaceWithVoid();
        }
        return process(taken).invoke(published -> {
            if (!published) {
                stalled.add(tenant);
            }
        }).replaceWithVoid();
    }

    private static Object tenantKey(OutboxEvent event) {
        return event.tenantId() == null ? "" : event.tenantId();
    }

    private Uni<List<Taken>> take() {
        Instant now = clock.instant();
        Tuple claim = Tuple.of(instance, at(now.plus(config.lease())), at(now), config.batchSize());
        Uni<RowSet<Row>> claimed = config.kafka().enabled()
                ? pool.withTransaction(connection -> connection.query(TAKE_LOCK).execute()
                        .chain(() -> connection.preparedQuery(CLAIM_IN_TENANT_ORDER).execute(claim)))
                : pool.preparedQuery(CLAIM).execute(claim);
        return claimed
                .map(rows -> {
                    List<Taken> taken = new ArrayList<>();
                    for (Row row : rows) {
                        taken.add(new Taken(new OutboxEvent(row.getUUID("id"), row.getUUID("tenant_id"),
                                row.getString("topic"), row.getString("payload")), row.getInteger("attempts"),
                                row.getString("last_error"), row.getOffsetDateTime("created_at").toInstant()));
                    }
                    taken.sort(Comparator.comparing(Taken::createdAt));
                    return taken;
                });
    }

    /**
     * Publishes (or processes) one event; true when it was, false when it failed (to be tried again, or DEAD). One
     * span per event (topic as an attribute): the listeners' work is its children.
     */
    @io.opentelemetry.instrumentation.annotations.WithSpan("outbox.process")
    Uni<Boolean> process(Taken taken) {
        io.opentelemetry.api.trace.Span.current().setAttribute("vlos.outbox.topic", taken.event().topic());
        if (taken.attempt() > config.maxAttempts()) { // its last processing never finished: the instance stopped
            return dead(taken, taken.lastError() != null ? taken.lastError()
                    : "processing did not finish within its claim (the instance stopped)").replaceWith(false);
        }
        return publish(taken.event())
                .chain(() -> pool.preparedQuery(PUBLISHED).execute(Tuple.of(taken.event().id(), taken.event().tenantId(),
                        at(clock.instant()))))
                .replaceWith(true)
                .onFailure().recoverWithUni(failure -> failed(taken, OutboxDeadLetters.errorText(failure))
                        .replaceWith(false));
    }

    /**
     * Hands the event on: to the in-process consumer (done when it has processed it), or with Kafka on to the topic
     * for the outbox topic, keyed by tenant so one tenant's events keep their order (done when the broker has it).
     */
    private Uni<Void> publish(OutboxEvent event) {
        return config.kafka().enabled() ? kafka.publish(event)
                : emitter.send(event);
    }

    private Uni<Void> failed(Taken taken, String error) {
        if (taken.attempt() >= config.maxAttempts()) {
            return dead(taken, error);
        }
        Duration wait = backoff(taken.attempt());
        LOG.warnf("Outbox event %s (%s) attempt %d failed, retrying in %d ms: %s", taken.event().id(),
                taken.event().topic(), taken.attempt(), wait.toMillis(), error);
        return pool.preparedQuery(RETRY).execute(Tuple.tuple().addUUID(taken.event().id())
                .addUUID(taken.event().tenantId()).addValue(at(clock.instant().plus(wait))).addString(error)
                .addString(instance)).replaceWithVoid();
    }

    private Uni<Void> dead(Taken taken, String error) {
        return deadLetters.dead(taken.event(), "PENDING", taken.attempt(), error, clock.instant());
    }

    Duration backoff(int attempt) {
        Duration wait = config.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
