package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import java.util.Map;

/**
 * Synthetic answers to Facebook reads, shaped like Graph's: the page (connection test), a post's engagement (all
 * zero: nothing real was posted, so nothing is invented) and a lead ad's answers (a sandbox lead).
 */
final class FacebookSandbox {

    private FacebookSandbox() {
    }

    static PlatformResponse read(PlatformRequest request, String objectId) {
        ObjectNode body = Json.object().put("id", objectId);
        String url = request.url();
        if (url.contains("fields=reactions")) {
            body.putObject("reactions").putObject("summary").put("total_count", 0);
            body.putObject("comments").putObject("summary").put("total_count", 0);
        } else if (url.contains("fields=id,name")) {
            body.put("name", "Sandbox Page");
        } else {
            body.put("created_time", "2026-01-01T00:00:00+0000");
            var fields = body.putArray("field_data");
            fields.addObject().put("name", "full_name").putArray("values").add("Sandbox Lead");
            fields.addObject().put("name", "email").putArray("values").add("sandbox.lead@example.com");
        }
        return new PlatformResponse(200, Map.of("content-type", "application/json"), Json.write(body));
    }
}
