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

    /** 65 bytes starting 0x04 (an uncompressed point) in Base64url: 87 characters, the first a 'B'. */
    private static final String P256DH = "^B[A-Za-z0-9_-]{86}=?$";
    /** 16 bytes in Base64url: 22 characters. */
    private static final String AUTH = "^[A-Za-z0-9_-]{21}[AQgw](==)?$";

    private NotificationRequests() {
    }

    @Schema(name = "PushSubscriptionRequest", description = "A browser's PushSubscription.toJSON()")
    public record PushSubscriptionRequest(
            @NotBlank @Size(max = 2048) @Pattern(regexp = "^https?://\\S+$", message = "{vl.pattern.httpUrl}") String endpoint,
            @NotNull @Valid PushKeys keys) {
    }

    @Schema(name = "PushKeys", description = "p256dh: the browser's P-256 public key (65 bytes, uncompressed); auth: its 16-byte secret")
    public record PushKeys(
            @NotBlank @Size(max = 88) @Pattern(regexp = P256DH, message = "{vl.pattern.p256Key}") String p256dh,
            @NotBlank @Size(max = 24) @Pattern(regexp = AUTH, message = "{vl.pattern.pushSecret}") String auth) {
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
