package com.verticallight.channel.connector.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] FOX = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesTheKnownHmacSha256Vector() {
        assertThat(WebhookSignature.sign("key", FOX))
                .isEqualTo("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void matchesAnIndependentHmacOfTheExactBytes() throws Exception {
        byte[] body = "{\"event\":\"lead.created\",\"data\":{\"name\":\"आशा\"}}".getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("whsec".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));

        assertThat(WebhookSignature.sign("whsec", body))
                .isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(body)));
    }

    @Test
    void verifyAcceptsOnlyTheExactSignature() {
        String signature = WebhookSignature.sign("key", FOX);

        assertThat(WebhookSignature.verify("key", FOX, signature)).isTrue();
        assertThat(WebhookSignature.verify("other", FOX, signature)).isFalse();
        assertThat(WebhookSignature.verify("key", "tampered".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
        assertThat(WebhookSignature.verify("key", FOX, null)).isFalse();
    }
}
