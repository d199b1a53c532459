package com.verticallight.channel.connector.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.connector.Failures.failureOf;
import static com.verticallight.channel.connector.LivePlatform.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connections;
import com.verticallight.channel.connector.LivePlatform;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.SandboxHttp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookConnectorTest {

    private static final String BODY = "{\"event\":\"lead.created\",\"data\":{\"leadId\":\"L-1\",\"score\":87}}";
    private static LivePlatform platform;
    private static final WebhookConnector connector = new WebhookConnector(
            Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void reset() {
        platform.wireMock.resetAll();
        platform.wireMock.stubFor(post(urlEqualTo("/hooks/vlos")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void eventIsSignedJsonWithATimestamp() {
        ActionResult result = await(connector.perform(event("lead.created"), connection(), platform.http));

        assertThat(result.platformStatus()).isEqualTo("204");
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/hooks/vlos"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withHeader("X-Signature", equalTo(WebhookSignature.sign("whsec", BODY.getBytes(StandardCharsets.UTF_8))))
                .withHeader("X-Timestamp", equalTo("1700000000"))
                .withRequestBody(equalTo(BODY)));
    }

    @Test
    void testRequestIsASignedTestEvent() {
        PlatformRequest test = connector.testRequest(connection());

        assertThat(await(platform.http.send(test)).isSuccess()).isTrue();
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/hooks/vlos"))
                .withHeader("X-Signature", equalTo(WebhookSignature.sign("whsec",
                        "{\"event\":\"connection.test\",\"data\":{}}".getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(equalToJson("{\"event\":\"connection.test\",\"data\":{}}")));
    }

    @Test
    void throttlingAndServerErrorsAreTransientOtherClientErrorsPermanent() {
        PlatformFailure throttled = failure(429, "5");
        assertThat(throttled.kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(5L);
        assertThat(failure(503, null).kind()).isEqualTo(Kind.TRANSIENT);
        PlatformFailure gone = failure(404, null);
        assertThat(gone.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(gone.platformCode()).isEqualTo("404");
    }

    @Test
    void rejectsOtherTypesAndMissingEventName() {
        assertThat(failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection(),
                platform.http)).getMessage()).contains("TEXT").contains("WEBHOOK");
        assertThat(failureOf(connector.perform(event(null), connection(), platform.http)).getMessage())
                .contains("event");
    }

    @Test
    void sandboxSucceedsThroughTheSameCode() {
        SandboxHttp sandbox = new SandboxHttp(connector, "w");

        ActionResult result = await(connector.perform(event("lead.created"), connection(), sandbox));

        assertThat(result.platformStatus()).isEqualTo("200");
        assertThat(sandbox.sent.get(0).body()).isEqualTo(BODY);
    }

    @Test
    void redactedRequestKeepsNoSecret() {
        PlatformRequest redacted = connector.testRequest(connection()).redacted();

        assertThat(redacted.toString()).doesNotContain("whsec");
    }

    private PlatformFailure failure(int status, String retryAfter) {
        var response = aResponse().withStatus(status);
        platform.wireMock.stubFor(post(urlEqualTo("/hooks/vlos")).willReturn(retryAfter == null ? response
                : response.withHeader("Retry-After", retryAfter)));
        return failureOf(connector.perform(event("lead.created"), connection(), platform.http));
    }

    private static ConnectionDetails connection() {
        return Connections.of(Map.of("url", platform.baseUrl() + "/hooks/vlos"), Map.of("secret", "whsec"));
    }

    /** Data given in reverse key order: the body must still be deterministic. */
    private static OutboundAction event(String name) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("score", 87);
        data.put("leadId", "L-1");
        return new OutboundAction(ActionType.EVENT, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, name, data);
    }
}
