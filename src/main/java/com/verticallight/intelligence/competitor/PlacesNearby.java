package com.verticallight.intelligence.competitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.Requests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The request and response of Google Places API (New) nearby search (POST /v1/places:searchNearby). */
public final class PlacesNearby {

    public static final String FIELD_MASK = "places.id,places.displayName,places.location,places.rating,"
            + "places.userRatingCount,places.priceLevel,places.types,places.businessStatus,places.websiteUri";
    /** Places' radius limit. */
    public static final double MAX_RADIUS_M = 50_000;

    private static final Map<String, Integer> PRICE_LEVELS = Map.of("PRICE_LEVEL_FREE", 0,
            "PRICE_LEVEL_INEXPENSIVE", 1, "PRICE_LEVEL_MODERATE", 2, "PRICE_LEVEL_EXPENSIVE", 3,
            "PRICE_LEVEL_VERY_EXPENSIVE", 4);

    private PlacesNearby() {
    }

    public static PlatformRequest request(String baseUrl, String apiKey, List<String> includedTypes, int maxResults,
            double latitude, double longitude, double radiusMetres) {
        ObjectNode body = Json.object();
        includedTypes.forEach(body.putArray("includedTypes")::add);
        body.put("maxResultCount", Math.max(1, Math.min(20, maxResults)));
        ObjectNode circle = body.putObject("locationRestriction").putObject("circle");
        circle.putObject("center").put("latitude", latitude).put("longitude", longitude);
        circle.put("radius", Math.min(MAX_RADIUS_M, radiusMetres));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", Requests.JSON);
        headers.put("X-Goog-Api-Key", apiKey);
        headers.put("X-Goog-FieldMask", FIELD_MASK);
        return new PlatformRequest("POST", Requests.trimSlash(baseUrl) + "/v1/places:searchNearby", headers,
                Json.write(body));
    }

    /**
     * The places of a successful answer; places without an id, name or location are left out. The field mask asks
     * for websiteUri, and Places leaves out a field a place does not have: a place without it has no website.
     */
    public static List<CompetitorInput> parse(String body) {
        List<CompetitorInput> found = new ArrayList<>();
        for (JsonNode place : Json.read(body).path("places")) {
            String id = place.path("id").asText("");
            String name = place.path("displayName").path("text").asText("");
            JsonNode location = place.path("location");
            if (id.isBlank() || name.isBlank() || !location.has("latitude") || !location.has("longitude")) {
                continue;
            }
            List<String> types = new ArrayList<>();
            place.path("types").forEach(type -> types.add(type.asText()));
            found.add(new CompetitorInput(id, name, location.path("latitude").asDouble(),
                    location.path("longitude").asDouble(),
                    place.has("rating") ? place.path("rating").asDouble() : null,
                    place.has("userRatingCount") ? place.path("userRatingCount").asInt() : null,
                    PRICE_LEVELS.get(place.path("priceLevel").asText("")), website(place) != null, website(place),
                    null, types,
                    place.has("businessStatus") ? place.path("businessStatus").asText() : null));
        }
        return found;
    }

    private static String website(JsonNode place) {
        String uri = place.path("websiteUri").asText("").strip();
        return uri.isEmpty() ? null : uri;
    }

    /** Places' own words for a refused request ({"error":{"message":...}}), or the status. */
    public static String errorMessage(int status, String body) {
        try {
            String message = Json.read(body).path("error").path("message").asText("");
            return message.isBlank() ? "HTTP " + status : message;
        } catch (RuntimeException e) {
            return "HTTP " + status;
        }
    }
}
