package com.verticallight.channel.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.SandboxHttp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstagramConnectorTest {

    private static final String IMAGE = "https://cdn.example.com/look.jpg";
    private static final String LIMIT = "/v21.0/17841400001/content_publishing_limit?fields=quota_usage,config";
    private static LivePlatform platform;
    private static InstagramConnector connector;
    private final ConnectionDetails connection = Connections.of(Map.of("igUserId", "17841400001"),
            Map.of("accessToken", "IGQ-secret"));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new InstagramConnector(platform.baseUrl(), "v21.0");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void reset() {
        platform.wireMock.resetAll();
    }

    @Test
    void createsTheContainerThenPublishesIt() {
        stubLimit(3, 50);
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/17841400001/media")).willReturn(okJson("{\"id\":\"c-1\"}")));
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/17841400001/media_publish"))
                .willReturn(okJson("{\"id\":\"m-9\"}")));

        ActionResult result = await(connector.perform(OutboundAction.post("New look #salon", IMAGE, null),
                connection, platform.http));

        assertThat(result.platformId()).isEqualTo("m-9");
        platform.wireMock.verify(getRequestedFor(urlEqualTo(LIMIT))
                .withHeader("Authorization", equalTo("Bearer IGQ-secret")));
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v21.0/17841400001/media"))
                .withHeader("Authorization", equalTo("Bearer IGQ-secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"image_url\":\"" + IMAGE + "\",\"caption\":\"New look #salon\"}")));
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v21.0/17841400001/media_publish"))
                .withHeader("Authorization", equalTo("Bearer IGQ-secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"creation_id\":\"c-1\"}")));
    }

    @Test
    void readsThePublishingLimit() {
        stubLimit(12, 50);

        PublishingLimit limit = await(connector.publishingLimit(connection, platform.http));

        assertThat(limit).isEqualTo(new PublishingLimit(12, 50));
        assertThat(limit.reached()).isFalse();
    }

    @Test
    void refusesBeforeCreatingAContainerWhenTheLimitIsReached() {
        stubLimit(50, 50);

        PlatformFailure failure = failureOf(connector.perform(OutboundAction.post("Hi", IMAGE, null), connection,
                platform.http));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains("publishing limit reached");
        platform.wireMock.verify(0, postRequestedFor(urlEqualTo("/v21.0/17841400001/media")));
    }

    @Test
    void postWithoutAnImageIsRejected() {
        PlatformFailure failure = failureOf(connector.perform(OutboundAction.post("Words only", null, null),
                connection, platform.http));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.getMessage()).contains("mediaUrl");
        assertThat(platform.wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void captionRulesSayWhichOneIsBroken() {
        String hashtags = "#tag ".repeat(31);
        String mentions = "@friend ".repeat(21);
        String longCaption = "a".repeat(2_201);

        assertThat(rejection(hashtags)).contains("31 hashtags");
        assertThat(rejection(mentions)).contains("21 @-mentions");
        assertThat(rejection(longCaption)).contains("2201 characters");
        assertThat(platform.wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void otherActionTypesAreRejected() {
        PlatformFailure failure = failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"),
                connection, platform.http));

        assertThat(failure.getMessage()).contains("TEXT").contains("INSTAGRAM");
    }

    @Test
    void testRequestReadsIdAndUsername() {
        platform.wireMock.stubFor(get(urlEqualTo("/v21.0/17841400001?fields=id,username"))
                .willReturn(okJson("{\"id\":\"17841400001\",\"username\":\"asha.salon\"}")));

        assertThat(await(platform.http.send(connector.testRequest(connection))).isSuccess()).isTrue();
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/v21.0/17841400001?fields=id,username"))
                .withHeader("Authorization", equalTo("Bearer IGQ-secret")));
    }

    @Test
    void sandboxRunsQuotaContainerAndPublish() {
        SandboxHttp sandbox = new SandboxHttp(connector, "s1");

        ActionResult result = await(connector.perform(OutboundAction.post("Hi", IMAGE, null), connection, sandbox));

        assertThat(result.platformId()).isEqualTo("sandbox-media-s1");
        assertThat(sandbox.sent).extracting(request -> request.method() + " " + request.url().replace(
                platform.baseUrl(), "")).containsExactly("GET " + LIMIT, "POST /v21.0/17841400001/media",
                        "POST /v21.0/17841400001/media_publish");
        assertThat(sandbox.sent.get(2).body()).isEqualTo("{\"creation_id\":\"sandbox-container-s1\"}");
    }

    @Test
    void redactedRequestHidesTheToken() {
        assertThat(connector.testRequest(connection).redacted().header("Authorization")).isEqualTo("Bearer ***");
    }

    private String rejection(String caption) {
        PlatformFailure failure = failureOf(connector.perform(OutboundAction.post(caption, IMAGE, null), connection,
                platform.http));
        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        return failure.getMessage();
    }

    private static void stubLimit(int usage, int total) {
        platform.wireMock.stubFor(get(urlEqualTo(LIMIT)).willReturn(okJson("{\"data\":[{\"quota_usage\":" + usage
                + ",\"config\":{\"quota_total\":" + total + ",\"quota_duration\":86400}}]}")));
    }
}
