package com.verticallight.channel.connector.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

class FacebookPageConnectorTest {

    private static LivePlatform platform;
    private static FacebookPageConnector connector;
    private final ConnectionDetails connection = Connections.of(Map.of("pageId", "1029384756"),
            Map.of("accessToken", "EAAB-page-token"));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new FacebookPageConnector(platform.baseUrl() + "/", "v21.0");
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
    void messageWithLinkGoesToTheFeed() {
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/1029384756/feed"))
                .willReturn(okJson("{\"id\":\"1029384756_555\"}")));

        ActionResult result = await(connector.perform(OutboundAction.post("New menu is out", null,
                "https://salon.example.com/menu"), connection, platform.http));

        assertThat(result.platformId()).isEqualTo("1029384756_555");
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v21.0/1029384756/feed"))
                .withHeader("Authorization", equalTo("Bearer EAAB-page-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(
                        "{\"message\":\"New menu is out\",\"link\":\"https://salon.example.com/menu\"}")));
    }

    @Test
    void imagePostGoesToPhotosAndReturnsThePostId() {
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/1029384756/photos"))
                .willReturn(okJson("{\"id\":\"777\",\"post_id\":\"1029384756_778\"}")));

        ActionResult result = await(connector.perform(OutboundAction.post("Fresh look",
                "https://cdn.example.com/look.jpg", null), connection, platform.http));

        assertThat(result.platformId()).isEqualTo("1029384756_778");
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/v21.0/1029384756/photos"))
                .withHeader("Authorization", equalTo("Bearer EAAB-page-token"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(
                        "{\"url\":\"https://cdn.example.com/look.jpg\",\"message\":\"Fresh look\"}")));
    }

    @Test
    void testRequestReadsThePageIdAndName() {
        platform.wireMock.stubFor(get(urlEqualTo("/v21.0/1029384756?fields=id,name"))
                .willReturn(okJson("{\"id\":\"1029384756\",\"name\":\"Asha Salon\"}")));

        assertThat(await(platform.http.send(connector.testRequest(connection))).isSuccess()).isTrue();
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/v21.0/1029384756?fields=id,name"))
                .withHeader("Authorization", equalTo("Bearer EAAB-page-token")));
    }

    @Test
    void expiredPageTokenNeedsReauthorisation() {
        platform.wireMock.stubFor(post(urlEqualTo("/v21.0/1029384756/feed")).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"Session has expired\",\"type\":\"OAuthException\","
                        + "\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"Fb1\"}}")));

        PlatformFailure failure = failureOf(connector.perform(OutboundAction.post("Hi", null, null), connection,
                platform.http));

        assertThat(failure.kind()).isEqualTo(Kind.AUTH_EXPIRED);
    }

    @Test
    void postWithoutTextOrLinkAndOtherTypesAreRejected() {
        PlatformFailure empty = failureOf(connector.perform(OutboundAction.post(null, null, null), connection,
                platform.http));
        PlatformFailure text = failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection,
                platform.http));

        assertThat(empty.kind()).isEqualTo(Kind.REJECTED);
        assertThat(empty.getMessage()).contains("text");
        assertThat(text.getMessage()).contains("TEXT").contains("FACEBOOK_PAGE");
    }

    @Test
    void sandboxAnswersFeedAndPhotosLikeFacebook() {
        SandboxHttp sandbox = new SandboxHttp(connector, "7");

        ActionResult feed = await(connector.perform(OutboundAction.post("Hi", null, null), connection, sandbox));
        ActionResult photo = await(connector.perform(OutboundAction.post("Hi", "https://cdn.example.com/a.jpg",
                null), connection, sandbox));

        assertThat(feed.platformId()).isEqualTo("1029384756_sandbox-7");
        assertThat(photo.platformId()).isEqualTo("1029384756_sandbox-7");
        assertThat(sandbox.sent).extracting(request -> request.url())
                .allSatisfy(url -> assertThat(url).startsWith(platform.baseUrl() + "/v21.0/1029384756/"));
    }

    @Test
    void redactedRequestHidesThePageToken() {
        assertThat(connector.testRequest(connection).redacted().header("Authorization")).isEqualTo("Bearer ***");
    }
}
