package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.PlatformFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a platform call again: transient failures and rate limits, with exponential backoff and full
 * jitter, or exactly the platform's Retry-After when it gave one (if not longer than we are willing to wait).
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
        DoubleSupplier random) {

    /** The delay before attempt {@code attempt + 1}, or empty when the failure is final. */
    public Optional<Duration> delayAfter(PlatformFailure failure, int attempt) {
        if (!failure.isRetryable() || attempt >= maxAttempts) {
            return Optional.empty();
        }
        if (failure.retryAfterSeconds() != null) {
            Duration wait = Duration.ofSeconds(Math.max(0, failure.retryAfterSeconds()));
            return wait.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(wait);
        }
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() * (1L << Math.min(attempt - 1, 20)));
        long jittered = (long) (cap / 2.0 + random.getAsDouble() * cap / 2.0);
        return Optional.of(Duration.ofMillis(jittered));
    }
}
