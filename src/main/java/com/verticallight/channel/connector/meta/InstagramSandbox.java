package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import java.util.Map;

/** Synthetic Instagram answers: quota, container, publish, insights and profile, shaped like the Graph API's. */
final class InstagramSandbox {

    private InstagramSandbox() {
    }

    static PlatformResponse answer(PlatformRequest request, String seed) {
        String[] path = GraphApi.pathAfterVersion(request);
        String edge = path.length > 1 ? path[1] : "";
        ObjectNode body = Json.object();
        switch (edge) {
            case "content_publishing_limit" -> {
                ObjectNode limit = body.putArray("data").addObject().put("quota_usage", 0);
                limit.putObject("config").put("quota_total", 50).put("quota_duration", 86400);
            }
            case "media" -> body.put("id", "sandbox-container-" + seed);
            case "media_publish" -> body.put("id", "sandbox-media-" + seed);
            // nothing real was posted: no figures are invented
            case "insights" -> body.putArray("data");
            default -> body.put("id", path[0]).put("username", "sandbox");
        }
        return new PlatformResponse(200, Map.of("content-type", "application/json"), Json.write(body));
    }
}
