package com.verticallight.notification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationPage")
public record NotificationPage(List<NotificationView> items,
        @Schema(description = "Pass as ?before= for the next (older) page; null at the end") Long nextBefore,
        long unread) {
}
