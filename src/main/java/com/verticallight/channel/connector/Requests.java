package com.verticallight.channel.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders for the request shapes platforms share: bearer JSON, basic-auth forms, encoded paths. */
public final class Requests {

    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";

    private Requests() {
    }

    /** A request with {@code Authorization: Bearer token}; JSON content type only when there is a body. */
    public static PlatformRequest bearer(String method, String url, String token, JsonNode body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        if (body != null) {
            headers.put("Content-Type", JSON);
        }
        return new PlatformRequest(method, url, headers, body == null ? null : Json.write(body));
    }

    public static String basicAuth(String user, String password) {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Form encoding (application/x-www-form-urlencoded) of the fields, in their map order. */
    public static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(formEncode(name)).append('=').append(formEncode(value));
        });
        return form.toString();
    }

    /** One URL path segment, percent-encoded. */
    public static String segment(String value) {
        return formEncode(value).replace("+", "%20");
    }

    public static String formEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String trimSlash(String baseUrl) {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
