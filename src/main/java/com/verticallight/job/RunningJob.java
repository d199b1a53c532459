package com.verticallight.job;

import java.util.UUID;

/** A claimed job as its handler sees it. */
public record RunningJob(UUID id, UUID tenantId, String kind, String payload, int attempt, String idempotencyKey,
        String correlation) {
}
