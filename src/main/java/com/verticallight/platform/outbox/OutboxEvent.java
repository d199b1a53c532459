package com.verticallight.platform.outbox;

import java.util.UUID;

/** An event leaving the outbox: its topic (e.g. "whatsapp.status") and JSON payload. */
public record OutboxEvent(UUID id, UUID tenantId, String topic, String payload) {
}
