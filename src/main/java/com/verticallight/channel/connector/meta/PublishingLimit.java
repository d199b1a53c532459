package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.Json;

/** Instagram's moving 24-hour publishing quota: posts used and posts allowed (50 today). */
public record PublishingLimit(int quotaUsage, int quotaTotal) {

    public boolean reached() {
        return quotaUsage >= quotaTotal;
    }

    /**
     * Reads {"data":[{"quota_usage":2,"config":{"quota_total":50,"quota_duration":86400}}]} as the Graph API
     * answers it, or the same object without the "data" wrapper.
     */
    static PublishingLimit parse(String body) {
        JsonNode root = Json.read(body);
        JsonNode limit = root.has("data") ? root.path("data").path(0) : root;
        return new PublishingLimit(limit.path("quota_usage").asInt(0),
                limit.path("config").path("quota_total").asInt(0));
    }
}
