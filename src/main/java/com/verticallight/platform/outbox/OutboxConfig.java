package com.verticallight.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "vlos.outbox")
public interface OutboxConfig {

    /** How often pending events are taken. */
    @WithDefault("1s")
    String pollInterval();

    /** Events taken per poll; they are processed one after another, in the order they were written. */
    @WithDefault("20")
    int batchSize();

    /** How long a take holds (it must cover a batch's processing); an event whose instance died is taken again after. */
    @WithDefault("PT5M")
    Duration lease();

    /** Processings tried before the event is DEAD (a visible dead letter with a task for the owner). */
    @WithDefault("10")
    int maxAttempts();

    /** First retry delay after a failed processing; it doubles per attempt. */
    @WithDefault("PT10S")
    Duration backoff();

    @WithDefault("PT30M")
    Duration maxBackoff();
}
