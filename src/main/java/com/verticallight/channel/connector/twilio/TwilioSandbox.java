package com.verticallight.channel.connector.twilio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Synthetic Twilio answers: 201 queued message resource, or the account resource for the test read. */
final class TwilioSandbox {

    private TwilioSandbox() {
    }

    static PlatformResponse answer(PlatformRequest request, String seed) {
        String[] path = URI.create(request.url()).getPath().split("/");
        String accountSid = path[path.length - 1].replace(".json", "");
        ObjectNode body = Json.object();
        if ("GET".equals(request.method())) {
            body.put("sid", accountSid).put("friendly_name", "Sandbox account").put("status", "active");
            return new PlatformResponse(200, Map.of("content-type", "application/json"), Json.write(body));
        }
        Map<String, String> form = parse(request.body());
        body.put("sid", "SMsandbox" + seed).put("account_sid", path[path.length - 2]).put("to", form.get("To"));
        Json.putIfPresent(body, "from", form.get("From"));
        Json.putIfPresent(body, "messaging_service_sid", form.get("MessagingServiceSid"));
        body.put("body", form.get("Body")).put("status", "queued").put("direction", "outbound-api");
        return new PlatformResponse(201, Map.of("content-type", "application/json"), Json.write(body));
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form == null ? new String[0] : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return fields;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
