package com.verticallight.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.platform.json.JsonText;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the body of Google Business Profile's accounts.locations.reviews.list. */
public final class GoogleReviews {

    private static final Map<String, Integer> STARS = Map.of("ONE", 1, "TWO", 2, "THREE", 3, "FOUR", 4, "FIVE", 5);

    private GoogleReviews() {
    }

    /** The reviews in the body; entries without a known star rating are left out. */
    public static List<PlatformReview> parse(String body) {
        List<PlatformReview> reviews = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return reviews;
        }
        JsonNode root = JsonText.read(body, JsonNode.class);
        for (JsonNode review : root.path("reviews")) {
            Integer stars = STARS.get(review.path("starRating").asText(""));
            String id = review.path("reviewId").asText(review.path("name").asText(""));
            if (stars == null || id.isBlank()) {
                continue;
            }
            reviews.add(new PlatformReview(id, text(review.path("reviewer").path("displayName")), stars,
                    text(review.path("comment")), instant(review.path("createTime").asText(null)),
                    review.hasNonNull("reviewReply")));
        }
        return reviews;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
