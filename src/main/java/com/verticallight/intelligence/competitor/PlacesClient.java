package com.verticallight.intelligence.competitor;

import com.verticallight.i18n.Text;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Responses;
import com.verticallight.channel.gateway.Resilience;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Calls Google Places nearby search when an API key is configured: through the gateway's resilience (retries with
 * backoff on 429 and 5xx, honouring Retry-After, and one circuit breaker for the service's Places key).
 */
@ApplicationScoped
public class PlacesClient {

    /** The breaker's name: the key is the service's own, so one breaker covers every tenant. */
    static final String BREAKER = "google-places";

    @Inject
    PlacesConfig config;

    @Inject
    Resilience resilience;

    private PlatformHttp http;

    @PostConstruct
    void init() {
        http = resilience.http(BREAKER, PlacesClient::classify);
    }

    /** Whether competitors can be fetched at all. */
    public boolean hasKey() {
        return config.apiKey().filter(key -> !key.isBlank()).isPresent();
    }

    /** The API key, or a 409 problem telling the owner how to add competitors without one. */
    public String requireKey() {
        return keyOrExplain(config.apiKey().orElse(null));
    }

    static String keyOrExplain(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.conflict(Text.of("intelligence.noGooglePlacesAPIKey"));
        }
        return key;
    }

    public Uni<List<CompetitorInput>> nearby(String apiKey, List<String> types, double latitude, double longitude,
            double radiusMetres) {
        PlatformRequest request = PlacesNearby.request(config.baseUrl(), apiKey, types, config.maxResults(),
                latitude, longitude, radiusMetres);
        return http.send(request)
                .onFailure(PlatformFailure.class).transform(failure -> unavailable(refusal((PlatformFailure) failure)))
                .map(response -> PlacesNearby.parse(response.body()));
    }

    /** 429 throttled and 5xx transient (retried), other 4xx permanent; null for a success. */
    static PlatformFailure classify(PlatformResponse response) {
        return response.isSuccess() ? null
                : Responses.byStatus(response, String.valueOf(response.status()),
                        PlacesNearby.errorMessage(response.status(), response.body()));
    }

    private static Text refusal(PlatformFailure failure) {
        return switch (failure.kind()) {
            case CIRCUIT_OPEN -> Text.of("intelligence.placesPaused");
            case PERMANENT -> Text.of("intelligence.placesRefused", Map.of("reason", String.valueOf(failure.getMessage())));
            default -> Text.of("intelligence.placesNoAnswer", Map.of("reason", String.valueOf(failure.getMessage())));
        };
    }

    private static ProblemException unavailable(Text detail) {
        return new ProblemException(Problem.of(502, "Bad Gateway", detail));
    }
}
