package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.EngagementCounts;
import com.verticallight.channel.connector.Json;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads GET /{media-id}/insights: {"data":[{"name":"reach","period":"lifetime","values":[{"value":120}]},...]}.
 * Instagram leaves out a metric it has no data for (instead of 0): that figure stays null.
 */
final class InstagramInsights {

    private InstagramInsights() {
    }

    static EngagementCounts parse(String body) {
        Map<String, Long> values = new HashMap<>();
        for (JsonNode metric : Json.read(body).path("data")) {
            JsonNode value = metric.path("values").path(0).path("value");
            if (value.isNumber()) {
                values.put(metric.path("name").asText(), value.asLong());
            }
        }
        return new EngagementCounts(values.get("likes"), values.get("comments"), values.get("shares"),
                values.get("reach"), values.get("views"));
    }
}
