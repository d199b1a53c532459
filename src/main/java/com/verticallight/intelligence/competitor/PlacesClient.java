package com.verticallight.intelligence.competitor;

import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.VertxPlatformHttp;
import com.verticallight.channel.gateway.GatewayConfig;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Calls Google Places nearby search when an API key is configured. */
@ApplicationScoped
public class PlacesClient {

    @Inject
    PlacesConfig config;

    @Inject
    GatewayConfig gateway;

    @Inject
    Vertx vertx;

    private PlatformHttp http;

    @PostConstruct
    void init() {
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) gateway.timeout().toMillis()).setUserAgent("VerticalLightOS/0.1"));
        http = new VertxPlatformHttp(client, gateway.timeout());
    }

    /** The API key, or a 409 problem telling the owner how to add competitors without one. */
    public String requireKey() {
        return keyOrExplain(config.apiKey().orElse(null));
    }

    static String keyOrExplain(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.conflict("No Google Places API key is configured (vlos.places.api-key), so "
                    + "competitors cannot be fetched. Import them instead: POST .../competitors/import with a JSON "
                    + "list, or POST .../competitors/import-csv with a CSV file (name, latitude, longitude, rating, "
                    + "review_count, ...).");
        }
        return key;
    }

    public Uni<List<CompetitorInput>> nearby(String apiKey, List<String> types, double latitude, double longitude,
            double radiusMetres) {
        PlatformRequest request = PlacesNearby.request(config.baseUrl(), apiKey, types, config.maxResults(),
                latitude, longitude, radiusMetres);
        return http.send(request)
                .onFailure().transform(failure -> unavailable(failure.getMessage()))
                .map(response -> {
                    if (!response.isSuccess()) {
                        throw unavailable("Google Places refused the search: "
                                + PlacesNearby.errorMessage(response.status(), response.body()));
                    }
                    return PlacesNearby.parse(response.body());
                });
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(502, "Bad Gateway", detail));
    }
}
