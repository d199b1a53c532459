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

    /** Kafka between instances (off: events go to the in-process consumer of this instance). */
    Kafka kafka();

    interface Kafka {

        /** On with the "kafka" profile (application.properties configures its channels); see docs/operations.md. */
        @WithDefault("false")
        boolean enabled();

        /** Each outbox topic goes to the Kafka topic of this prefix + the outbox topic (e.g. vlos.events.lead.created). */
        @WithDefault("vlos.events.")
        String topicPrefix();

        /** Processings tried by a consumer before the event is a dead letter (and goes to the dead-letter topic). */
        @WithDefault("5")
        int attempts();

        /** First retry delay of a failed processing in a consumer; it doubles per attempt. */
        @WithDefault("PT1S")
        Duration backoff();
    }
}
