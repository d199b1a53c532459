package com.verticallight.channel.connector.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's X-Twilio-Signature: Base64(HMAC-SHA1(auth token, full URL + each POST parameter's name and value,
 * sorted by name)).
 */
public final class TwilioSignature {

    private TwilioSignature() {
    }

    public static String compute(String authToken, String fullUrl, Map<String, String> params) {
        StringBuilder data = new StringBuilder(fullUrl);
        new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** True when {@code signature} is the one Twilio would send; compared in constant time. */
    public static boolean verify(String authToken, String fullUrl, Map<String, String> params, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = compute(authToken, fullUrl, params).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }
}
