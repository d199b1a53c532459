package com.verticallight.job;

import java.time.Instant;

/**
 * Something to do later.
 *
 * @param idempotencyKey scheduling the same key twice keeps the first job only
 * @param correlation groups jobs to cancel together (e.g. "lead:42")
 */
public record JobRequest(String kind, String payload, Instant runAt, String idempotencyKey, String correlation,
        Integer maxAttempts) {
}
