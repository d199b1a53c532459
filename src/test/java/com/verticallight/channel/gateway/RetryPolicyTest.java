package com.verticallight.channel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10),
            Duration.ofSeconds(30), () -> 1.0);

    private static PlatformFailure failure(Kind kind, Long retryAfter) {
        return new PlatformFailure(kind, null, "x", retryAfter);
    }

    @Test
    void transientFailuresBackOffExponentiallyUpToTheLastAttempt() {
        assertThat(policy.delayAfter(failure(Kind.TRANSIENT, null), 1)).contains(Duration.ofMillis(500));
        assertThat(policy.delayAfter(failure(Kind.TRANSIENT, null), 2)).contains(Duration.ofMillis(1000));
        assertThat(policy.delayAfter(failure(Kind.TRANSIENT, null), 3)).contains(Duration.ofMillis(2000));
        assertThat(policy.delayAfter(failure(Kind.TRANSIENT, null), 4)).isEmpty();
    }

    @Test
    void jitterSpreadsTheDelayOverTheUpperHalf() {
        RetryPolicy low = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(30),
                () -> 0.0);
        assertThat(low.delayAfter(failure(Kind.TRANSIENT, null), 2)).contains(Duration.ofMillis(500));
    }

    @Test
    void theDelayIsCapped() {
        RetryPolicy many = new RetryPolicy(30, Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(30),
                () -> 1.0);
        assertThat(many.delayAfter(failure(Kind.TRANSIENT, null), 20)).contains(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterIsHonouredExactlyUnlessItIsTooLong() {
        assertThat(policy.delayAfter(failure(Kind.RATE_LIMITED, 7L), 1)).contains(Duration.ofSeconds(7));
        assertThat(policy.delayAfter(failure(Kind.RATE_LIMITED, 3600L), 1)).isEmpty();
    }

    @Test
    void permanentAuthAndRejectedFailuresAreNeverRetried() {
        for (Kind kind : new Kind[] { Kind.PERMANENT, Kind.AUTH_EXPIRED, Kind.REJECTED, Kind.CIRCUIT_OPEN }) {
            assertThat(policy.delayAfter(failure(kind, null), 1)).as(kind.name()).isEmpty();
        }
    }
}
