package com.verticallight.channel.connector;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.time.Duration;
import java.util.UUID;

/** A WireMock platform and the real Vert.x transport pointed at it, for one test class. */
public final class LivePlatform implements AutoCloseable {

    public final WireMockServer wireMock = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final Vertx vertx = Vertx.vertx();
    public final PlatformHttp http = new VertxPlatformHttp(WebClient.create(vertx), Duration.ofSeconds(10));

    public LivePlatform() {
        wireMock.start();
    }

    public String baseUrl() {
        return wireMock.baseUrl();
    }

    public static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(20));
    }

    public static UUID someId() {
        return UUID.randomUUID();
    }

    @Override
    public void close() {
        wireMock.stop();
        vertx.closeAndAwait();
    }
}
