package com.verticallight.channel.connector.slack;

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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlackConnectorTest {

    private static final String HOOK = "/services/T000/B000/XXXXsecret";
    private static LivePlatform platform;
    private static final SlackConnector connector = new SlackConnector();

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
        platform.wireMock.stubFor(post(urlEqualTo(HOOK)).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void notifyPostsTheTextToTheHook() {
        ActionResult result = await(connector.perform(notify("New lead: \"Ravi\""), connection(), platform.http));

        assertThat(result.platformStatus()).isEqualTo("ok");
        platform.wireMock.verify(postRequestedFor(urlEqualTo(HOOK))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"text\":\"New lead: \\\"Ravi\\\"\"}")));
    }

    @Test
    void testRequestIsAHarmlessMessage() {
        assertThat(await(platform.http.send(connector.testRequest(connection()))).isSuccess()).isTrue();
        platform.wireMock.verify(postRequestedFor(urlEqualTo(HOOK))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"text\":\"Vertical Light OS connection test\"}")));
    }

    @Test
    void removedHooksNeedReauthorisationOthersByStatus() {
        assertThat(failure(404, "no_service", null).kind()).isEqualTo(Kind.AUTH_EXPIRED);
        assertThat(failure(410, "channel_is_archived", null).kind()).isEqualTo(Kind.AUTH_EXPIRED);
        PlatformFailure throttled = failure(429, "rate_limited", "30");
        assertThat(throttled.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(throttled.retryAfterSeconds()).isEqualTo(30L);
        assertThat(failure(500, "", null).kind()).isEqualTo(Kind.TRANSIENT);
        PlatformFailure invalid = failure(400, "invalid_payload", null);
        assertThat(invalid.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(invalid.platformCode()).isEqualTo("invalid_payload");
    }

    @Test
    void rejectsOtherTypesAndEmptyText() {
        assertThat(failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection(),
                platform.http)).getMessage()).contains("TEXT").contains("SLACK");
        assertThat(failureOf(connector.perform(notify(" "), connection(), platform.http)).getMessage())
                .contains("text");
    }

    @Test
    void sandboxAnswersOk() {
        ActionResult result = await(connector.perform(notify("Hi"), connection(), new SandboxHttp(connector, "1")));

        assertThat(result.platformStatus()).isEqualTo("ok");
    }

    @Test
    void redactedRequestHidesTheHookPath() {
        ConnectionDetails real = Connections.of(Map.of(),
                Map.of("webhookUrl", "https://hooks.slack.com/services/T000/B000/XXXXsecret"));

        PlatformRequest redacted = connector.testRequest(real).redacted();

        assertThat(redacted.url()).isEqualTo("https://hooks.slack.com/***");
    }

    @Test
    void aHookOnAnyHostIsTheSecretAndIsHiddenToo() {
        ConnectionDetails proxied = Connections.of(Map.of(),
                Map.of("webhookUrl", "https://slack-relay.example.in/services/T000/B000/XXXXsecret?key=k1&x=2"));

        PlatformRequest redacted = connector.testRequest(proxied).redacted();

        assertThat(redacted.url()).isEqualTo("https://slack-relay.example.in/***?key=***&x=2");
        assertThat(redacted.tenantUrl()).isTrue();
    }

    private PlatformFailure failure(int status, String body, String retryAfter) {
        var response = aResponse().withStatus(status).withBody(body);
        platform.wireMock.stubFor(post(urlEqualTo(HOOK)).willReturn(retryAfter == null ? response
                : response.withHeader("Retry-After", retryAfter)));
        return failureOf(connector.perform(notify("Hi"), connection(), platform.http));
    }

    private static ConnectionDetails connection() {
        return Connections.of(Map.of(), Map.of("webhookUrl", platform.baseUrl() + HOOK));
    }

    private static OutboundAction notify(String text) {
        return new OutboundAction(ActionType.NOTIFY, null, null, text, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
