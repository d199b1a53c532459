package com.verticallight.channel.webhook;

import java.util.UUID;

/**
 * One platform event from a webhook delivery: a message, or a status of a message we sent.
 *
 * @param externalId the platform's id of this event, used to ignore repeated deliveries
 * @param payload the event as the platform sent it (JSON)
 */
public record InboundEvent(UUID tenantId, String source, String externalId, String eventType, String payload) {
}
