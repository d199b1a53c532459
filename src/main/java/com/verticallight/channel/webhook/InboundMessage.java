package com.verticallight.channel.webhook;

import com.verticallight.channel.ChannelKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's message as listeners see it.
 *
 * @param connectionId the connection it arrived on (its business is the connection's)
 * @param optedOut true when this very message opted the contact out (STOP)
 * @param consumed true when a listener told before this one consumed it as the reply it asked for
 */
public record InboundMessage(UUID tenantId, UUID connectionId, ChannelKind channel, UUID contactId, String from,
        String name, String text, String messageId, Instant at, boolean optedOut, boolean consumed) {

    /** The same message, marked consumed. */
    public InboundMessage asConsumed() {
        return new InboundMessage(tenantId, connectionId, channel, contactId, from, name, text, messageId, at, optedOut,
                true);
    }
}
