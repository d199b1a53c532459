package com.verticallight.channel.connector.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    /** The worked example of Twilio's webhook security documentation. */
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, String> PARAMS = Map.of("CallSid", "CA1234567890ABCDE",
            "Caller", "+14158675310", "Digits", "1234", "From", "+14158675310", "To", "+18005551212");

    @Test
    void matchesTwiliosDocumentedExample() {
        assertThat(TwilioSignature.compute("12345", URL, PARAMS)).isEqualTo("GvWf1cFY/Q7PnoempGyD5oXAezc=");
    }

    @Test
    void matchesAnIndependentHmacOfUrlAndSortedPairs() throws Exception {
        Map<String, String> status = Map.of("MessageStatus", "delivered", "MessageSid", "SM42", "AccountSid", "AC1");
        String data = "https://app.example.com/hooks/twilio/status" + "AccountSidAC1" + "MessageSidSM42"
                + "MessageStatusdelivered";
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec("tw-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));

        assertThat(TwilioSignature.compute("tw-secret", "https://app.example.com/hooks/twilio/status", status))
                .isEqualTo(expected);
    }

    @Test
    void verifyAcceptsOnlyTheExactSignature() {
        Map<String, String> tampered = new HashMap<>(PARAMS);
        tampered.put("Digits", "9999");

        assertThat(TwilioSignature.verify("12345", URL, PARAMS, "GvWf1cFY/Q7PnoempGyD5oXAezc=")).isTrue();
        assertThat(TwilioSignature.verify("12345", URL, tampered, "GvWf1cFY/Q7PnoempGyD5oXAezc=")).isFalse();
        assertThat(TwilioSignature.verify("54321", URL, PARAMS, "GvWf1cFY/Q7PnoempGyD5oXAezc=")).isFalse();
        assertThat(TwilioSignature.verify("12345", URL, PARAMS, null)).isFalse();
    }
}
