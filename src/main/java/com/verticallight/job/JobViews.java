package com.verticallight.job;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class JobViews {

    private JobViews() {
    }

    @Schema(name = "Job")
    public record JobView(UUID id, String kind, JobStatus status, Instant runAt, int attempts, int maxAttempts,
            String idempotencyKey, String correlation, String leaseOwner, Instant leaseUntil, String lastError,
            Instant createdAt, Instant finishedAt, String payload) {

        public static JobView of(Job j) {
            return new JobView(j.id, j.kind, j.status, j.runAt, j.attempts, j.maxAttempts, j.idempotencyKey,
                    j.correlation, j.leaseOwner, j.leaseUntil, j.lastError, j.createdAt, j.finishedAt, j.payload);
        }
    }
}
