package com.verticallight.notification;

/**
 * Where a notification goes besides the in-app list and the live socket (which every enabled category uses):
 * email (SendGrid connection or SMTP), web push, SMS/WhatsApp to the person's own number, Slack, a signed webhook.
 */
public enum Channel {
    EMAIL, PUSH, SMS, WHATSAPP, SLACK, WEBHOOK
}
