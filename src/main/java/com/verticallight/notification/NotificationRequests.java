package com.verticallight.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer bodies of the notification API. */
public final class NotificationRequests {

    private static final String BASE64URL = "^[A-Za-z0-9_-]+={0,2}$";

    private NotificationRequests() {
    }

    @Schema(name = "PushSubscriptionRequest", description = "A browser's PushSubscription.toJSON()")
    public record PushSubscriptionRequest(
            @NotBlank @Size(max = 2048) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String endpoint,
            @NotNull @Valid PushKeys keys) {
    }

    @Schema(name = "PushKeys")
    public record PushKeys(@NotBlank @Size(max = 200) @Pattern(regexp = BASE64URL, message = "must be Base64url") String p256dh,
            @NotBlank @Size(max = 100) @Pattern(regexp = BASE64URL, message = "must be Base64url") String auth) {
    }

    @Schema(name = "PushSubscription")
    public record PushSubscriptionView(UUID id, String endpoint) {
    }

    @Schema(name = "PushKey", description = "The VAPID public key a browser subscribes with (applicationServerKey)")
    public record PushKey(String publicKey) {
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(long unread) {
    }

    @Schema(name = "MarkedRead")
    public record MarkedRead(int marked) {
    }

    @Schema(name = "TestNotificationRequest", description = "Sends yourself a notification to try your channels")
    public record TestNotificationRequest(@NotNull Urgency priority) {
    }
}
