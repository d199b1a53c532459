package com.verticallight.platform.outbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetter", description = "An event (a website lead, a customer's message, a delivery status) that "
        + "could not be processed after its attempts; replaying it processes it once more")
public record DeadLetterView(UUID id, String topic, String status, int attempts,
        @Schema(description = "The error of the last attempt") String lastError,
        @Schema(description = "The event as received (JSON)") String payload, Instant createdAt, Instant deadAt) {
}
