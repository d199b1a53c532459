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

    /** A WhatsApp template a delivery sent: its name, language and body parameters in order. */
    record Template(String name, String language, List<String> parameters) {
    }

    /** The template of the first request, if it was a WhatsApp template. */
    static java.util.Optional<Template> template(String requestsJson) {
        if (requestsJson == null || requestsJson.isBlank()) {
            return java.util.Optional.empty();
        }
        List<PlatformRequest> requests = JsonText.read(requestsJson, new TypeReference<List<PlatformRequest>>() {
        });
        String body = requests.isEmpty() ? null : requests.get(0).body();
        if (body == null || !body.startsWith("{")) {
            return java.util.Optional.empty();
        }
        JsonNode template = JsonText.tree(body).path("template");
        if (!template.has("name")) {
            return java.util.Optional.empty();
        }
        List<String> parameters = new java.util.ArrayList<>();
        template.path("components").forEach(component -> component.path("parameters")
                .forEach(parameter -> parameters.add(parameter.path("text").asText())));
        return java.util.Optional.of(new Template(template.path("name").asText(),
                template.path("language").path("code").asText("en"), List.copyOf(parameters)));
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
