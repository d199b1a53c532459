package com.verticallight.job;

import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;

/**
 * The scheduler tick: claims due jobs (and jobs whose lease expired because their instance died) with
 * FOR UPDATE SKIP LOCKED, so several instances share one table without running a job twice at once; runs
 * their handlers concurrently; marks them done, or reschedules them with doubling backoff, or FAILED.
 * A tick claims only as many jobs as this instance has free slots (so no claimed job waits for a slot while
 * its lease runs out), and a heartbeat renews the lease of every job still running here.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final String CLAIM = """
            update job set status = 'RUNNING', lease_owner = $1, lease_until = $2, attempts = attempts + 1, updated_at = $3
            where id in (select id from job
                         where (status = 'PENDING' and run_at <= $3) or (status = 'RUNNING' and lease_until < $3)
                         order by run_at limit $4 for update skip locked)
            returning id, tenant_id, kind, payload, attempts, max_attempts, backoff_seconds, idempotency_key, correlation""";
    private static final String DONE = """
            update job set status = 'DONE', finished_at = $3, updated_at = $3, lease_owner = null, lease_until = null,
                           last_error = null
            where id = $1 and lease_owner = $2 and status = 'RUNNING'""";
    private static final String RENEW = """
            update job set lease_until = $1
            where lease_owner = $2 and status = 'RUNNING'
              and (tenant_id, id) in (select * from unnest($3::uuid[], $4::uuid[]))""";
    private static final String RETRY = """
            update job set status = $3, run_at = $4, updated_at = $5, finished_at = $6, last_error = $7,
                           lease_owner = null, lease_until = null
            where id = $1 and lease_owner = $2 and status = 'RUNNING'""";

    /** A run that asked to be run again later ({@link RunAgainAt}): pending again, and not a failed attempt. */
    private static final String AGAIN = """
            update job set status = 'PENDING', run_at = $3, updated_at = $4, attempts = greatest(attempts - 1, 0),
                           last_error = $5, lease_owner = null, lease_until = null
            where id = $1 and lease_owner = $2 and status = 'RUNNING'""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    JobConfig config;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Instance<JobHandler> handlers;

    private final String instance = "vlos-" + UUID.randomUUID();
    /** Slots taken on this instance: reserved for a claim, or running a job. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The jobs running here now, with the owner whose lease they hold: the heartbeat renews these. */
    private final Map<UUID, Lease> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile Map<String, JobHandler> byKind;

    private record Lease(String owner, UUID tenantId) {
    }

    /** What one claim took, and how many slots it had: a full batch means more may be due. */
    private record Claim(List<Row> rows, int slots) {
        boolean full() {
            return slots > 0 && rows.size() == slots;
        }
    }

    /** Starts what is due and returns at once: the next tick claims again for the slots freed meanwhile. */
    @Scheduled(every = "${vlos.jobs.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return stopping ? Uni.createFrom().voidItem() : startDue(instance).replaceWithVoid();
    }

    /** Renews the leases of the jobs running on this instance, so a long job is never claimed by another one. */
    @Scheduled(every = "${vlos.jobs.heartbeat:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> heartbeat() {
        return renewLeases().replaceWithVoid();
    }

    /**
     * Claims as many due jobs as this instance has free slots and starts them without waiting for them; returns
     * how many were claimed.
     */
    public Uni<Integer> startDue(String owner) {
        return claim(owner).map(claim -> {
            claim.rows().forEach(row -> run(owner, row).subscribe().with(ignored -> {
            }, failure -> LOG.errorf(failure, "Job %s could not be finished", row.getUUID("id"))));
            return claim.rows().size();
        });
    }

    /**
     * Claims and runs what is due now as the given instance, a batch of free slots at a time, and completes when
     * they are finished; returns how many jobs were claimed.
     */
    public Uni<Integer> runDue(String owner) {
        return claim(owner).chain(claim -> Multi.createFrom().iterable(claim.rows())
                .onItem().transformToUni(row -> run(owner, row))
                .merge(Math.max(1, claim.rows().size()))
                .collect().asList()
                .chain(() -> claim.full() ? runDue(owner).map(more -> claim.rows().size() + more)
                        : Uni.createFrom().item(claim.rows().size())));
    }

    /** Extends the lease of every job running here to now + lease; returns how many leases were renewed. */
    public Uni<Integer> renewLeases() {
        Map<String, List<Map.Entry<UUID, Lease>>> byOwner = running.entrySet().stream()
                .collect(Collectors.groupingBy(entry -> entry.getValue().owner()));
        OffsetDateTime until = at(clock.instant().plus(config.lease()));
        return Multi.createFrom().iterable(byOwner.entrySet())
                .onItem().transformToUniAndConcatenate(owned -> pool.preparedQuery(RENEW).execute(Tuple.of(until,
                        owned.getKey(),
                        owned.getValue().stream().map(entry -> entry.getValue().tenantId()).toArray(UUID[]::new),
                        owned.getValue().stream().map(Map.Entry::getKey).toArray(UUID[]::new))))
                .collect().asList()
                .map(results -> results.stream().mapToInt(result -> result.rowCount()).sum());
    }

    private Uni<Claim> claim(String owner) {
        int slots = reserveFreeSlots();
        if (slots == 0) {
            return Uni.createFrom().item(new Claim(List.of(), 0));
        }
        Instant now = clock.instant();
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(owner, at(now.plus(config.lease())), at(now), slots))
                .map(rows -> {
                    List<Row> claimed = new ArrayList<>();
                    rows.forEach(claimed::add);
                    inFlight.addAndGet(claimed.size() - slots);
                    return new Claim(claimed, slots);
                })
                .onFailure().invoke(() -> inFlight.addAndGet(-slots));
    }

    /** Takes every free slot (up to the batch size) for one claim; the claim gives back what it did not use. */
    private int reserveFreeSlots() {
        while (true) {
            int taken = inFlight.get();
            int free = Math.min(config.concurrency() - taken, config.batchSize());
            if (free <= 0) {
                return 0;
            }
            if (inFlight.compareAndSet(taken, taken + free)) {
                return free;
            }
        }
    }

    /** One span per job run (kind as an attribute), so the job's queries and platform calls are its children. */
    @io.opentelemetry.instrumentation.annotations.WithSpan("job")
    Uni<Void> run(String owner, Row row) {
        io.opentelemetry.api.trace.Span.current().setAttribute("vlos.job.kind", row.getString("kind"));
        RunningJob job = new RunningJob(row.getUUID("id"), row.getUUID("tenant_id"), row.getString("kind"),
                row.getString("payload"), row.getInteger("attempts"), row.getString("idempotency_key"),
                row.getString("correlation"));
        JobHandler handler = handlersByKind().get(job.kind());
        running.put(job.id(), new Lease(owner, job.tenantId()));
        Uni<Void> work = handler == null
                ? Uni.createFrom().failure(new IllegalStateException("No handler for job kind " + job.kind()))
                : currentTenant.runAs(job.tenantId(), () -> handler.handle(job));
        return work
                .chain(() -> pool.preparedQuery(DONE).execute(Tuple.of(job.id(), owner, at(clock.instant()))))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> failure instanceof RunAgainAt again
                        ? runAgain(owner, job, again)
                        : retryOrFail(owner, job, row.getInteger("max_attempts"), row.getInteger("backoff_seconds"),
                                failure))
                .eventually(() -> finished(job));
    }

    private void finished(RunningJob job) {
        running.remove(job.id());
        inFlight.decrementAndGet();
    }

    private Uni<Void> retryOrFail(String owner, RunningJob job, int maxAttempts, int backoffSeconds, Throwable failure) {
        Instant now = clock.instant();
        boolean last = job.attempt() >= maxAttempts;
        Duration wait = backoff(backoffSeconds, job.attempt());
        LOG.warnf("Job %s (%s) attempt %d failed%s: %s", job.id(), job.kind(), job.attempt(),
                last ? ", giving up" : ", retrying in " + wait.toSeconds() + " s", failure.getMessage());
        return pool.preparedQuery(RETRY).execute(Tuple.tuple().addUUID(job.id()).addString(owner)
                .addString(last ? JobStatus.FAILED.name() : JobStatus.PENDING.name())
                .addValue(at(last ? now : now.plus(wait))).addValue(at(now)).addValue(last ? at(now) : null)
                .addString(String.valueOf(failure.getMessage()))).replaceWithVoid();
    }

    private Uni<Void> runAgain(String owner, RunningJob job, RunAgainAt again) {
        LOG.debugf("Job %s (%s) runs again at %s: %s", job.id(), job.kind(), again.at(), again.getMessage());
        return pool.preparedQuery(AGAIN).execute(Tuple.tuple().addUUID(job.id()).addString(owner)
                .addValue(at(again.at())).addValue(at(clock.instant())).addString(again.getMessage()))
                .replaceWithVoid();
    }

    Duration backoff(int baseSeconds, int attempt) {
        long seconds = (long) baseSeconds << Math.min(attempt - 1, 20);
        return Duration.ofSeconds(Math.min(seconds, config.maxBackoff().toSeconds()));
    }

    private Map<String, JobHandler> handlersByKind() {
        if (byKind == null) {
            byKind = StreamSupport.stream(handlers.spliterator(), false)
                    .collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        }
        return byKind;
    }

    /** Names this instance as it appears in job.lease_owner, so an operator can tell which process holds a job. */
    void started(@Observes StartupEvent event) {
        LOG.infof("Jobs run here as %s (lease %s, renewed every %s)", instance, config.lease(), config.heartbeat());
    }

    /** Graceful shutdown: claim nothing more and let running jobs finish (their leases cover a hard stop). */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        for (int waited = 0; inFlight.get() > 0 && waited < 100; waited++) {
            Thread.sleep(100);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
