package com.verticallight.channel.webhook;

/** Twilio's MessageStatus words as delivery states. */
final class TwilioStatus {

    private TwilioStatus() {
    }

    static String toDeliveryState(String messageStatus) {
        return switch (messageStatus == null ? "" : messageStatus) {
            case "delivered" -> "DELIVERED";
            case "read" -> "READ";
            case "failed", "undelivered" -> "FAILED";
            default -> "SENT";
        };
    }
}
