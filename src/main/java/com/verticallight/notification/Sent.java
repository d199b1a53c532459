package com.verticallight.notification;

import java.util.UUID;

/** How one channel's delivery ended: SENT, SANDBOX, DEFERRED, FAILED or SKIPPED, with why. */
record Sent(String status, String detail, UUID gatewayDeliveryId) {

    static Sent skipped(String why) {
        return new Sent("SKIPPED", why, null);
    }

    static Sent failed(String why) {
        return new Sent("FAILED", why, null);
    }
}
