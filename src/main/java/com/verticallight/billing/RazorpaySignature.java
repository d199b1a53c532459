package com.verticallight.billing;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.platform.crypto.Hmac;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;

/** Razorpay's webhook signature: hex HMAC-SHA256 of the raw body with the webhook's secret. */
public final class RazorpaySignature {

    private RazorpaySignature() {
    }

    public static boolean valid(String secret, byte[] body, String signature) {
        if (secret == null || secret.isBlank() || signature == null || body == null) {
            return false;
        }
        return Hmac.equalsConstantTime(Hmac.sha256Hex(secret, body), signature.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** The event's JSON; 400 unless it is an object naming its event. */
    public static JsonNode event(byte[] body) {
        JsonNode event;
        try {
            event = JsonText.tree(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("body", Text.of("billing.razorpayEventJSON"));
        }
        String name = event == null ? null : event.path("event").asText(null);
        if (name == null || name.isBlank() || name.length() > 40) {
            throw ProblemException.invalid("event", Text.of("billing.nameRazorpayEvent"));
        }
        return event;
    }
}
