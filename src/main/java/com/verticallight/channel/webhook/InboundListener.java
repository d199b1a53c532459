package com.verticallight.channel.webhook;

import io.smallrye.mutiny.Uni;

/**
 * Told about each message a customer sends (WhatsApp, SMS), after the contact is stored and any opt-out applied.
 * Runs as the message's tenant, outside any transaction; a listener opens its own. Delivery is at least once:
 * use {@link InboundMessage#messageId()} to do things once. A failing listener is logged and does not stop others.
 */
public interface InboundListener {

    Uni<Void> received(InboundMessage message);
}
