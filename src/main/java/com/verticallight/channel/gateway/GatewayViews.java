package com.verticallight.channel.gateway;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the gateway API speaks. */
public final class GatewayViews {

    private GatewayViews() {
    }

    @Schema(name = "ActionCommand", description = "One action on one connection. The same idempotencyKey is never sent twice.")
    public record ActionCommand(
            @NotNull UUID connectionId,
            @Size(min = 1, max = 200) String idempotencyKey,
            @NotNull @Valid OutboundAction action,
            @Schema(description = "A promotion: needs the contact's recorded consent on the channel") Boolean marketing,
            @Schema(description = "Ignores quiet hours (e.g. an appointment moved within the hour)") Boolean urgent,
            @Schema(description = "What task this is in the automation ledger (e.g. appointment_reminder); posts and "
                    + "review replies are recognised without it") @Size(max = 60) String taskType) {

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isMarketing() {
            return Boolean.TRUE.equals(marketing);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isUrgent() {
            return Boolean.TRUE.equals(urgent);
        }
    }

    @Schema(name = "ScheduledAction", description = "An action to run at a later time (a durable job)")
    public record ScheduledAction(
            @NotNull java.time.Instant runAt,
            @NotNull UUID connectionId,
            @Size(min = 1, max = 150) String idempotencyKey,
            @Size(max = 200) String correlation,
            @NotNull @Valid OutboundAction action,
            Boolean marketing,
            Boolean urgent,
            @Size(max = 60) String taskType,
            @Schema(description = "Optional: after this time the action is no longer worth doing. A send that keeps "
                    + "failing transiently (platform down, rate limited) is retried until then (default: 24 h from "
                    + "its first try), then handed to the owner as a task") java.time.Instant expiresAt) {
    }

    @Schema(name = "ActionBatch")
    public record ActionBatch(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ActionCommand> actions) {
    }

    @Schema(name = "ActionOutcome")
    public record ActionOutcome(
            UUID deliveryId,
            UUID connectionId,
            String idempotencyKey,
            DeliveryStatus status,
            boolean duplicate,
            String platformId,
            String errorKind,
            String errorCode,
            String message,
            @Schema(description = "Sandbox: the exact requests that would have been sent (credentials masked)")
            List<PlatformRequest> wouldHaveSent) {
    }

    @Schema(name = "ActionResults")
    public record ActionResults(List<ActionOutcome> results, long wallTimeMillis) {
    }

    @Schema(name = "Delivery")
    public record DeliveryView(UUID id, UUID connectionId, ChannelKind channel, String actionType,
            String idempotencyKey, String recipient, String mode, DeliveryStatus status, String platformId,
            String errorKind, String errorCode, String errorMessage, int attempts,
            @Schema(description = "Redacted requests: sent (LIVE) or that would have been sent (SANDBOX)")
            List<PlatformRequest> requests,
            Instant createdAt, Instant updatedAt) {
    }
}
