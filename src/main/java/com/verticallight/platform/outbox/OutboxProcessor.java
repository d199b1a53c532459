package com.verticallight.platform.outbox;

import io.smallrye.mutiny.Uni;

/**
 * Processes one outbox event (the feature side: inbound messages, leads, the topic listeners). Called by the
 * in-process channel or by the Kafka consumer; a failure means "not processed", and the event is tried again.
 */
public interface OutboxProcessor {

    Uni<Void> process(OutboxEvent event);
}
