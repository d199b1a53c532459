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

    /**
     * Schedules the job for this key at the request's time: a PENDING or CANCELLED job with the key is moved to
     * that time (and pending again); a job that ran or is running is returned as it is.
     */
    public Uni<Job> reschedule(JobRequest request) {
        return jobs.first("idempotencyKey = :key", Map.of("key", request.idempotencyKey())).chain(existing -> {
            if (existing == null) {
                return jobs.add(newJob(request));
            }
            if (existing.status != JobStatus.PENDING && existing.status != JobStatus.CANCELLED) {
                return Uni.createFrom().item(existing);
            }
            existing.status = JobStatus.PENDING;
            existing.runAt = request.runAt() == null ? clock.instant() : request.runAt();
            existing.payload = request.payload();
            existing.updatedAt = clock.instant();
            existing.finishedAt = null;
            return jobs.flush(existing);
        });
    }

    /** Cancels the pending jobs with this correlation that are due after the given time, except the one keyed so. */
    public Uni<Integer> cancelLater(String correlation, java.time.Instant after, String keep) {
        return jobs.update("status = :cancelled, updatedAt = :now, finishedAt = :now",
                "correlation = :correlation and status = :pending and runAt > :after and idempotencyKey <> :keep",
                Map.of("cancelled", JobStatus.CANCELLED, "now", clock.instant(), "correlation", correlation,
                        "pending", JobStatus.PENDING, "after", after, "keep", keep));
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
