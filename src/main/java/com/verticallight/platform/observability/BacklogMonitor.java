package com.verticallight.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the job and outbox backlog with two small queries over partial indexes (job_due_ix, outbox_pending_ix)
 * every {@code vlos.metrics.backlog-refresh} (and when the health check asks), never on each scrape. The gauges
 * show the last reading.
 */
@Startup
@ApplicationScoped
public class BacklogMonitor {

    private static final String DUE_JOBS = """
            select kind, count(*) as due, min(run_at) as oldest from job
            where status = 'PENDING' and run_at <= $1 group by kind""";
    private static final String DUE_OUTBOX = """
            select count(*) filter (where status = 'PENDING' and coalesce(next_attempt_at, created_at) <= $1) as due,
                   min(coalesce(next_attempt_at, created_at)) filter (where status = 'PENDING') as oldest,
                   count(*) filter (where status = 'DEAD') as dead
            from outbox where status in ('PENDING', 'DEAD')""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private final AtomicReference<Backlog> last = new AtomicReference<>(Backlog.EMPTY);
    private final Set<String> kindsWithGauges = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void gauges() {
        Gauge.builder("vlos.outbox.backlog", last, b -> b.get().outbox().count())
                .description("Outbox events due for processing").register(registry);
        Gauge.builder("vlos.outbox.lag.seconds", last, b -> b.get().outbox().lag().toMillis() / 1000.0)
                .description("How long the oldest due outbox event has waited").register(registry);
        Gauge.builder("vlos.outbox.dead", last, b -> b.get().deadOutbox())
                .description("Outbox events given up on (dead letters)").register(registry);
    }

    @Scheduled(every = "${vlos.metrics.backlog-refresh:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> tick() {
        return refresh().replaceWithVoid();
    }

    /** Reads the backlog now and keeps it for the gauges. */
    public Uni<Backlog> refresh() {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return pool.preparedQuery(DUE_JOBS).execute(Tuple.of(at))
                .chain(jobs -> pool.preparedQuery(DUE_OUTBOX).execute(Tuple.of(at))
                        .map(outbox -> new Backlog(byKind(jobs, now), outboxDue(outbox, now), dead(outbox))))
                .invoke(this::keep);
    }

    public Backlog last() {
        return last.get();
    }

    private void keep(Backlog backlog) {
        last.set(backlog);
        backlog.jobs().keySet().stream().filter(kindsWithGauges::add).forEach(this::registerKind);
    }

    /** Job kinds are the handlers' names in code: a small fixed set, so one gauge pair per kind is bounded. */
    private void registerKind(String kind) {
        Gauge.builder("vlos.jobs.backlog", last, b -> b.get().jobs().getOrDefault(kind, Backlog.Due.NONE).count())
                .description("Jobs due and not yet run, by kind").tag("kind", kind).register(registry);
        Gauge.builder("vlos.jobs.lag.seconds", last,
                b -> b.get().jobs().getOrDefault(kind, Backlog.Due.NONE).lag().toMillis() / 1000.0)
                .description("How late the oldest due job of a kind is").tag("kind", kind).register(registry);
    }

    private static Map<String, Backlog.Due> byKind(RowSet<Row> rows, Instant now) {
        Map<String, Backlog.Due> due = new HashMap<>();
        for (Row row : rows) {
            due.put(row.getString("kind"), new Backlog.Due(row.getLong("due"), lag(row, now)));
        }
        return Map.copyOf(due);
    }

    private static Backlog.Due outboxDue(RowSet<Row> rows, Instant now) {
        Row row = rows.iterator().next();
        long due = row.getLong("due");
        return due == 0 ? Backlog.Due.NONE : new Backlog.Due(due, lag(row, now));
    }

    private static long dead(RowSet<Row> rows) {
        return rows.iterator().next().getLong("dead");
    }

    private static Duration lag(Row row, Instant now) {
        OffsetDateTime oldest = row.getOffsetDateTime("oldest");
        if (oldest == null || oldest.toInstant().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldest.toInstant(), now);
    }
}
