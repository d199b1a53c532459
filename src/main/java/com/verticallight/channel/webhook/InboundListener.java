package com.verticallight.channel.webhook;

import io.smallrye.mutiny.Uni;

/**
 * Told about each message a customer sends (WhatsApp, SMS), after the contact is stored and any opt-out applied.
 * Runs as the message's tenant, outside any transaction; a listener opens its own. Delivery is at least once:
 * use {@link InboundMessage#messageId()} to do things once. A failing listener does not stop the others, and fails
 * the message's processing: it is retried (every listener is told again) and, failing every time, becomes a dead
 * letter with a task for the owner.
 */
public interface InboundListener {

    Uni<Void> received(InboundMessage message);
}
