package com.verticallight.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** One WireMock server standing in for every external platform; every base URL points at it. */
public class WireMockPlatforms implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(64).containerThreads(300));
        server.start();
        String url = server.baseUrl();
        return Map.of(
                "vlos.channels.meta.base-url", url,
                "vlos.channels.google.business-base-url", url,
                "vlos.channels.google.information-base-url", url,
                "vlos.channels.twilio-base-url", url,
                "vlos.channels.sendgrid-base-url", url,
                "vlos.places.base-url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
