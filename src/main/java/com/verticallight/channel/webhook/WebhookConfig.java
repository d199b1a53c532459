package com.verticallight.channel.webhook;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Secrets shared with the platforms for inbound webhooks. Without them, those webhooks refuse everything. */
@ConfigMapping(prefix = "vlos.webhooks")
public interface WebhookConfig {

    Meta meta();

    /** The URL the platforms reach this service at (Twilio signs the full URL). */
    Optional<String> publicBaseUrl();

    interface Meta {
        /** The Meta app secret: X-Hub-Signature-256 is an HMAC-SHA256 of the body with it. */
        Optional<String> appSecret();

        /** The token entered in the Meta app's webhook settings, echoed in the GET handshake. */
        Optional<String> verifyToken();
    }
}
