package com.verticallight.channel.webhook;

import com.verticallight.channel.ChannelKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's message as listeners see it.
 *
 * @param connectionId the connection it arrived on (its business is the connection's)
 * @param optedOut true when this very message opted the contact out (STOP)
 */
public record InboundMessage(UUID tenantId, UUID connectionId, ChannelKind channel, UUID contactId, String from,
        String name, String text, String messageId, Instant at, boolean optedOut) {
}
