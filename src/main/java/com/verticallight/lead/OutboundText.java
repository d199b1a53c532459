package com.verticallight.lead;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.platform.json.JsonText;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What an outbound message said, read back from the request the delivery log kept (WhatsApp, Twilio, SendGrid). */
final class OutboundText {

    private OutboundText() {
    }

    /** The text, "[template name]" for a WhatsApp template, or null when nothing was (or would have been) sent. */
    static String of(String requestsJson) {
        if (requestsJson == null || requestsJson.isBlank()) {
            return null;
        }
        List<PlatformRequest> requests = JsonText.read(requestsJson, new TypeReference<List<PlatformRequest>>() {
        });
        if (requests.isEmpty() || requests.get(0).body() == null) {
            return null;
        }
        String body = requests.get(0).body();
        return body.startsWith("{") ? fromJson(JsonText.tree(body)) : formField(body, "Body");
    }

    private static String fromJson(JsonNode body) {
        if (body.path("text").has("body")) {
            return body.path("text").path("body").asText();
        }
        if (body.path("template").has("name")) {
            return "[template " + body.path("template").path("name").asText() + "]";
        }
        if (body.has("subject")) {
            return body.path("subject").asText() + ": " + body.path("content").path(0).path("value").asText("");
        }
        return null;
    }

    private static String formField(String form, String name) {
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
