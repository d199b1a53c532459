package com.verticallight.crm;

import java.time.Instant;

/**
 * What the send policy says about a message: send it now, never send it as it is (with a reason code and a
 * message for a person), or send it at {@code until}.
 */
public record Decision(Outcome outcome, Reason reason, String message, Instant until) {

    public enum Outcome {
        ALLOWED, REFUSED, DEFERRED
    }

    public enum Reason {
        CONTACT_OPTED_OUT, OUTSIDE_WHATSAPP_WINDOW, NO_CONSENT
    }

    private static final Decision ALLOWED = new Decision(Outcome.ALLOWED, null, null, null);

    public static Decision allowed() {
        return ALLOWED;
    }

    public static Decision refused(Reason reason, String message) {
        return new Decision(Outcome.REFUSED, reason, message, null);
    }

    public static Decision deferred(Instant until) {
        return new Decision(Outcome.DEFERRED, null, "Quiet hours: send at " + until, until);
    }

    public boolean isAllowed() {
        return outcome == Outcome.ALLOWED;
    }
}
