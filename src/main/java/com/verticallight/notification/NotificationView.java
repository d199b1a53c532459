package com.verticallight.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "Something a person should hear about, with where it was delivered")
public record NotificationView(UUID id,
        @Schema(description = "Grows with every new or merged notification; the socket's resume point") long sequence,
        Category category, Urgency priority, String title, String body, String link,
        @Schema(description = "How many events merged into it (\"3 new leads\")") int count,
        Instant createdAt, Instant updatedAt, Instant readAt, List<DeliveryView> deliveries) {

    @Schema(name = "NotificationDelivery", description = "One channel's delivery: PENDING, HELD (quiet hours, until "
            + "dueAt), DIGEST (waits for the daily digest), SENDING, SENT, SANDBOX (recorded, not sent), FAILED, "
            + "SKIPPED (no address, subscription or connection)")
    public record DeliveryView(Channel channel, String status, Instant dueAt, String detail, Instant finishedAt) {
    }

    NotificationView withTitle(String newTitle) {
        return new NotificationView(id, sequence, category, priority, newTitle, body, link, count, createdAt, updatedAt,
                readAt, deliveries);
    }

    NotificationView withDeliveries(List<DeliveryView> list) {
        return new NotificationView(id, sequence, category, priority, title, body, link, count, createdAt, updatedAt,
                readAt, list);
    }
}
