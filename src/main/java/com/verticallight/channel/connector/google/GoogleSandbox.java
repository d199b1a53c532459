package com.verticallight.channel.connector.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import java.net.URI;
import java.util.Map;

/** Synthetic Google Business Profile answers, shaped like the real resources, with "sandbox" ids. */
final class GoogleSandbox {

    private GoogleSandbox() {
    }

    static PlatformResponse answer(PlatformRequest request, String seed) {
        String path = URI.create(request.url()).getPath();
        String resource = path.replaceFirst("^.*?/v\\d+/", "");
        JsonNode sent = Json.read(request.body());
        ObjectNode body = Json.object();
        if (path.endsWith("/localPosts")) {
            body.put("name", resource + "/sandbox-" + seed).put("languageCode", Json.text(sent, "/languageCode"))
                    .put("summary", Json.text(sent, "/summary")).put("state", "LIVE").put("topicType", "STANDARD");
        } else if (path.endsWith("/reply")) {
            body.put("comment", Json.text(sent, "/comment"));
        } else if (path.endsWith("/reviews")) {
            reviews(body, resource, seed);
        } else {
            body.put("name", resource);
            if (sent.has("regularHours")) {
                body.set("regularHours", sent.get("regularHours"));
            }
        }
        return new PlatformResponse(200, Map.of("content-type", "application/json"), Json.write(body));
    }

    private static void reviews(ObjectNode body, String resource, String seed) {
        ObjectNode review = body.putArray("reviews").addObject();
        review.put("name", resource + "/sandbox-" + seed).put("reviewId", "sandbox-" + seed);
        review.putObject("reviewer").put("displayName", "Sandbox Reviewer");
        review.put("starRating", "FIVE").put("comment", "Sandbox review");
        body.put("averageRating", 5).put("totalReviewCount", 1);
    }
}
