package com.verticallight.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox event that could not be processed after its attempts: kept, listed and replayable. */
public record DeadLetter(UUID id, UUID tenantId, String topic, String payload, int attempts, String lastError,
        Instant createdAt, Instant deadAt) {
}
