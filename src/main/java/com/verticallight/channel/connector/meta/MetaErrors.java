package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Responses;
import java.util.Set;

/**
 * Classifies Graph API answers ({"error":{"message","type","code","error_subcode","fbtrace_id"}}) for
 * WhatsApp, Facebook Pages and Instagram.
 */
public final class MetaErrors {

    static final int TOKEN_EXPIRED = 190;
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(4, 17, 32, 613, 130429);

    private MetaErrors() {
    }

    /** Null for a success; otherwise the failure with Meta's code and message kept. */
    public static PlatformFailure classify(String platform, PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        JsonNode error = Json.read(response.body()).path("error");
        int code = error.path("code").asInt(0);
        String platformCode = code == 0 ? null : String.valueOf(code);
        String message = describe(platform, response, error);
        if (code == TOKEN_EXPIRED) {
            return new PlatformFailure(Kind.AUTH_EXPIRED, platformCode, message, null);
        }
        if (isRateLimit(code)) {
            return Responses.failure(Kind.RATE_LIMITED, response, platformCode, message);
        }
        return Responses.byStatus(response, platformCode, message);
    }

    static boolean isRateLimit(int code) {
        return RATE_LIMIT_CODES.contains(code) || (code >= 80001 && code <= 80009);
    }

    private static String describe(String platform, PlatformResponse response, JsonNode error) {
        StringBuilder text = new StringBuilder(platform).append(" answered HTTP ").append(response.status());
        if (error.has("code")) {
            text.append(", error ").append(error.path("code").asText());
        }
        if (error.has("error_subcode")) {
            text.append('/').append(error.path("error_subcode").asText());
        }
        text.append(": ").append(error.path("message").asText("no error details"));
        if (error.has("fbtrace_id")) {
            text.append(" (fbtrace_id ").append(error.path("fbtrace_id").asText()).append(')');
        }
        return text.toString();
    }
}
