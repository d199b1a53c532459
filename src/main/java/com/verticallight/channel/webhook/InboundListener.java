package com.verticallight.channel.webhook;

import io.smallrye.mutiny.Uni;

/**
 * Told about each message a customer sends (WhatsApp, SMS), after the contact is stored and any opt-out applied.
 * Runs as the message's tenant, outside any transaction; a listener opens its own. Delivery is at least once:
 * use {@link InboundMessage#messageId()} to do things once. A failing listener does not stop the others, and fails
 * the message's processing: it is retried (every listener is told again) and, failing every time, becomes a dead
 * letter with a task for the owner.
 * <p>
 * Listeners are told one after the other in {@link #order()}. A flow that asked the customer something (an
 * appointment or payment reminder) answers {@code true} when the message was the reply it asked for; later
 * listeners then see {@link InboundMessage#consumed()} true, so such a reply does not also start a new lead.
 */
public interface InboundListener {

    /** Flows that own a reply (appointments, payments). */
    int REPLY_FLOWS = 100;
    /** Lead intake: everything the flows before it did not consume. */
    int LEAD_INTAKE = 1_000;

    /** Lower runs first. */
    default int order() {
        return REPLY_FLOWS;
    }

    /** True when this listener consumed the message (it was a reply to something this flow sent). */
    Uni<Boolean> received(InboundMessage message);
}
