package com.verticallight.channel.connector.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.verticallight.channel.connector.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connections;
import com.verticallight.channel.connector.LivePlatform;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GoogleErrorsTest {

    private static LivePlatform platform;
    private static GoogleBusinessProfileConnector connector;
    private final ConnectionDetails connection = Connections.of(Map.of("accountId", "111", "locationId", "222"),
            Map.of("accessToken", "ya29.secret"));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new GoogleBusinessProfileConnector(platform.baseUrl(), platform.baseUrl());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void expiredTokenThrottlingAndOutagesAreClassified() {
        assertThat(failure(401, "UNAUTHENTICATED", null).kind()).isEqualTo(Kind.AUTH_EXPIRED);
        PlatformFailure throttled = failure(429, "RESOURCE_EXHAUSTED", "60");
        assertThat(throttled.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(60L);
        assertThat(failure(503, "UNAVAILABLE", null).kind()).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void otherClientErrorsArePermanentWithGooglesStatusAndMessage() {
        PlatformFailure invalid = failure(400, "INVALID_ARGUMENT", null);

        assertThat(invalid.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(invalid.platformCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(invalid.getMessage()).contains("Google says INVALID_ARGUMENT");
    }

    private PlatformFailure failure(int status, String googleStatus, String retryAfter) {
        var response = aResponse().withStatus(status).withBody("{\"error\":{\"code\":" + status
                + ",\"message\":\"Google says " + googleStatus + "\",\"status\":\"" + googleStatus + "\"}}");
        platform.wireMock.resetAll();
        platform.wireMock.stubFor(any(anyUrl()).willReturn(retryAfter == null ? response
                : response.withHeader("Retry-After", retryAfter)));
        OutboundAction list = new OutboundAction(ActionType.LIST_REVIEWS, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        return failureOf(connector.perform(list, connection, platform.http));
    }
}
