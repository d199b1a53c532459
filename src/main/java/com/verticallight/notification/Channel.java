package com.verticallight.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a notification goes besides the in-app list and the live socket (which every enabled category uses):
 * email (SendGrid connection or SMTP), web push, SMS/WhatsApp to the person's own number, Slack, a signed webhook.
 */
@Schema(name = "NotificationChannel")
public enum Channel {
    EMAIL, PUSH, SMS, WHATSAPP, SLACK, WEBHOOK
}
