package com.verticallight.platform.outbox;

import io.smallrye.mutiny.Uni;
import java.util.Set;

/**
 * Handles the outbox events of some topics (e.g. "lead.created"), so the feature that consumes an event registers
 * for it rather than the dispatcher knowing the feature. Delivery is at least once: make handling idempotent
 * (e.g. by the event id). A failure leaves the event to be delivered again.
 */
public interface OutboxTopicListener {

    Set<String> topics();

    Uni<Void> handle(OutboxEvent event);
}
