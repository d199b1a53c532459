package com.verticallight.channel.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the platforms are and how hard to try. Tests point every base URL at WireMock. */
@ConfigMapping(prefix = "vlos.channels")
public interface GatewayConfig {

    Meta meta();

    Google google();

    @WithDefault("https://api.twilio.com")
    String twilioBaseUrl();

    @WithDefault("https://api.sendgrid.com")
    String sendgridBaseUrl();

    /** The businesses' own Razorpay accounts (payment links). */
    @WithDefault("https://api.razorpay.com/v1")
    String razorpayBaseUrl();

    /** Per HTTP call. */
    @WithDefault("PT10S")
    Duration timeout();

    /** Let tenant-given URLs (webhooks, Slack hooks) lead to loopback, private or link-local addresses. */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    Retry retry();

    Circuit circuit();

    Concurrency concurrency();

    Sweeper sweeper();

    JobRetry jobRetry();

    interface Meta {
        @WithDefault("https://graph.facebook.com")
        String baseUrl();

        @WithDefault("v21.0")
        String graphVersion();
    }

    interface Google {
        @WithDefault("https://mybusiness.googleapis.com")
        String businessBaseUrl();

        @WithDefault("https://mybusinessbusinessinformation.googleapis.com")
        String informationBaseUrl();
    }

    interface Retry {
        /** Including the first try. */
        @WithDefault("4")
        int maxAttempts();

        @WithDefault("PT0.5S")
        Duration baseDelay();

        @WithDefault("PT10S")
        Duration maxDelay();

        /** A Retry-After longer than this is not waited for here; the action fails as rate limited. */
        @WithDefault("PT30S")
        Duration maxRetryAfter();
    }

    interface Circuit {
        /** Consecutive failed calls (after retries) to one platform for one tenant that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("PT30S")
        Duration openFor();
    }

    interface Concurrency {
        /** Platform calls in flight at once across all tenants (also the HTTP connection pool size). */
        @WithDefault("256")
        int global();

        /**
         * Platform calls in flight at once for one tenant: a tenant alone may use idle slots up to this, and a quarter
         * of the global bound stays free for the others, so a newcomer starts at once; when several tenants wait,
         * each freed slot goes to the one running the fewest for its plan's weight ({@link FairLimiter}). Was 64
         * (16 before that), which held one busy tenant to a quarter of an idle instance.
         */
        @WithDefault("192")
        int perTenant();
    }

    /** Resolves deliveries left SENDING (a crash mid-call); see {@link DeliverySweeper}. */
    interface Sweeper {
        /** How often it looks (a Quarkus Scheduler interval; "off" disables it, as in tests). */
        @WithDefault("60s")
        String every();

        /**
         * A delivery SENDING for longer than this (since it was claimed or its request started) is taken as
         * abandoned. Must exceed the longest in-call time: timeout x retry attempts + their delays.
         */
        @WithDefault("PT10M")
        Duration lease();

        @WithDefault("100")
        int batchSize();

        /** A job whose delivery is still SENDING runs again after this, until the sweeper has resolved it. */
        @WithDefault("PT1M")
        Duration recheck();
    }

    /** How a job retries a send that failed transiently (outage, rate limit, open circuit) as new rounds. */
    interface JobRetry {
        /** How long a message stays worth sending when the caller gives no deadline, from its first round. */
        @WithDefault("PT24H")
        Duration window();

        /** Wait before the second round; it doubles per round up to {@link #maxDelay()}. */
        @WithDefault("PT1M")
        Duration baseDelay();

        @WithDefault("PT30M")
        Duration maxDelay();
    }
}
