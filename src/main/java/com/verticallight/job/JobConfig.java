package com.verticallight.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "vlos.jobs")
public interface JobConfig {

    /** How often due jobs are claimed. */
    @WithDefault("1s")
    String tick();

    /** At most this many jobs claimed per tick; a tick never claims more than the free slots of {@link #concurrency}. */
    @WithDefault("200")
    int batchSize();

    /** Jobs running at once on this instance. */
    @WithDefault("32")
    int concurrency();

    /** How long a claim holds; a job whose lease expired (its instance died) is claimed again. */
    @WithDefault("PT2M")
    Duration lease();

    /** How often the leases of running jobs are renewed (to now + lease); keep it well under the lease. */
    @WithDefault("30s")
    String heartbeat();

    @WithDefault("5")
    int maxAttempts();

    /** First retry delay; it doubles per attempt. */
    @WithDefault("PT30S")
    Duration backoff();

    @WithDefault("PT1H")
    Duration maxBackoff();
}
