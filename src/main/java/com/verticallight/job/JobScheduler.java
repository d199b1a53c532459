package com.verticallight.job;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Puts work on the job table. Call it inside the transaction of the change that needs the job, so both
 * are committed together or not at all. Jobs belong to the current tenant.
 */
@ApplicationScoped
public class JobScheduler {

    @Inject
    JobRepository jobs;

    @Inject
    JobConfig config;

    @Inject
    Clock clock;

    /** The job for this idempotency key: the one scheduled now, or the one scheduled before with that key. */
    public Uni<Job> schedule(JobRequest request) {
        return jobs.first("idempotencyKey = :key", Map.of("key", request.idempotencyKey()))
                .chain(existing -> existing != null ? Uni.createFrom().item(existing) : jobs.add(newJob(request)));
    }

    /** Cancels every pending job with this correlation; returns how many. */
    public Uni<Integer> cancelAll(String correlation) {
        return jobs.update("status = :cancelled, updatedAt = :now, finishedAt = :now",
                "correlation = :correlation and status = :pending",
                Map.of("cancelled", JobStatus.CANCELLED, "now", clock.instant(), "correlation", correlation,
                        "pending", JobStatus.PENDING));
    }

    private Job newJob(JobRequest request) {
        Instant now = clock.instant();
        Job job = new Job();
        job.id = UUID.randomUUID();
        job.kind = request.kind();
        job.payload = request.payload();
        job.runAt = request.runAt() == null ? now : request.runAt();
        job.status = JobStatus.PENDING;
        job.maxAttempts = request.maxAttempts() == null ? config.maxAttempts() : request.maxAttempts();
        job.backoffSeconds = (int) config.backoff().toSeconds();
        job.idempotencyKey = request.idempotencyKey();
        job.correlation = request.correlation();
        job.createdAt = now;
        job.updatedAt = now;
        return job;
    }
}
