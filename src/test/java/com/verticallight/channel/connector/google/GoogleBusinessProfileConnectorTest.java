package com.verticallight.channel.connector.google;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
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
import com.verticallight.channel.connector.SandboxHttp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoogleBusinessProfileConnectorTest {

    private static final String LOCATION = "/v4/accounts/111/locations/222";
    private static LivePlatform platform;
    private static GoogleBusinessProfileConnector connector;
    private final ConnectionDetails connection = Connections.of(Map.of("accountId", "111", "locationId", "222"),
            Map.of("accessToken", "ya29.secret"));

    @BeforeAll
    static void start() {
        platform = new LivePlatform();
        connector = new GoogleBusinessProfileConnector(platform.baseUrl() + "/mb", platform.baseUrl() + "/info");
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
    void localPostWithCallToActionAndPhoto() {
        stubAny(200, "{\"name\":\"accounts/111/locations/222/localPosts/9\",\"state\":\"LIVE\"}");

        ActionResult result = await(connector.perform(post("Diwali offer", "BOOK"), connection, platform.http));

        assertThat(result).isEqualTo(new ActionResult("accounts/111/locations/222/localPosts/9", "LIVE", null));
        platform.wireMock.verify(postRequestedFor(urlEqualTo("/mb" + LOCATION + "/localPosts"))
                .withHeader("Authorization", equalTo("Bearer ya29.secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"languageCode":"hi","summary":"Diwali offer","topicType":"STANDARD",
                         "callToAction":{"actionType":"BOOK","url":"https://salon.example.com/book"},
                         "media":[{"mediaFormat":"PHOTO","sourceUrl":"https://cdn.example.com/diya.jpg"}]}""")));
    }

    @Test
    void reviewReplyPutsTheComment() {
        stubAny(200, "{\"comment\":\"Thank you!\",\"updateTime\":\"2025-01-01T10:00:00Z\"}");
        OutboundAction reply = action(ActionType.REVIEW_REPLY, "Thank you!", "AbCd-1", null);

        ActionResult result = await(connector.perform(reply, connection, platform.http));

        assertThat(result.platformId()).isEqualTo("AbCd-1");
        platform.wireMock.verify(putRequestedFor(urlEqualTo("/mb" + LOCATION + "/reviews/AbCd-1/reply"))
                .withHeader("Authorization", equalTo("Bearer ya29.secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"comment\":\"Thank you!\"}")));
    }

    @Test
    void listReviewsReturnsTheBody() {
        String reviews = "{\"reviews\":[{\"reviewId\":\"r1\",\"starRating\":\"FIVE\"}],\"totalReviewCount\":1}";
        stubAny(200, reviews);

        ActionResult result = await(connector.perform(action(ActionType.LIST_REVIEWS, null, null, null), connection,
                platform.http));

        assertThat(result.body()).isEqualTo(reviews);
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/mb" + LOCATION + "/reviews?pageSize=50"))
                .withHeader("Authorization", equalTo("Bearer ya29.secret")));
    }

    @Test
    void hoursBecomePeriodsWithMinutesOnlyWhenNonZero() {
        stubAny(200, "{\"name\":\"locations/222\"}");
        Map<String, List<String>> hours = new LinkedHashMap<>();
        hours.put("tuesday", List.of("09:30-13:00", "14:00-19:00"));
        hours.put("MONDAY", List.of("09:00-19:00"));
        hours.put("SATURDAY", List.of("18:00-02:00"));

        ActionResult result = await(connector.perform(action(ActionType.UPDATE_HOURS, null, null, hours), connection,
                platform.http));

        assertThat(result.platformId()).isEqualTo("locations/222");
        platform.wireMock.verify(patchRequestedFor(urlEqualTo("/info/v1/locations/222?updateMask=regularHours"))
                .withHeader("Authorization", equalTo("Bearer ya29.secret"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"regularHours":{"periods":[
                         {"openDay":"MONDAY","openTime":{"hours":9},"closeDay":"MONDAY","closeTime":{"hours":19}},
                         {"openDay":"TUESDAY","openTime":{"hours":9,"minutes":30},"closeDay":"TUESDAY",
                          "closeTime":{"hours":13}},
                         {"openDay":"TUESDAY","openTime":{"hours":14},"closeDay":"TUESDAY","closeTime":{"hours":19}},
                         {"openDay":"SATURDAY","openTime":{"hours":18},"closeDay":"SUNDAY","closeTime":{"hours":2}}
                        ]}}""")));
    }

    @Test
    void testRequestReadsTheLocationName() {
        stubAny(200, "{\"name\":\"locations/222\"}");

        assertThat(await(platform.http.send(connector.testRequest(connection))).isSuccess()).isTrue();
        platform.wireMock.verify(getRequestedFor(urlEqualTo("/info/v1/locations/222?readMask=name"))
                .withHeader("Authorization", equalTo("Bearer ya29.secret")));
    }

    @Test
    void rejectsLongSummariesUnknownDaysAndOtherTypes() {
        PlatformFailure tooLong = failureOf(connector.perform(post("x".repeat(1_501), null), connection,
                platform.http));
        PlatformFailure badDay = failureOf(connector.perform(action(ActionType.UPDATE_HOURS, null, null,
                Map.of("Funday", List.of("09:00-17:00"))), connection, platform.http));
        PlatformFailure text = failureOf(connector.perform(OutboundAction.text("+919812345678", "Hi"), connection,
                platform.http));

        assertThat(tooLong.kind()).isEqualTo(Kind.REJECTED);
        assertThat(tooLong.getMessage()).contains("1501 characters");
        assertThat(badDay.getMessage()).contains("Funday");
        assertThat(text.getMessage()).contains("TEXT").contains("GOOGLE_BUSINESS_PROFILE");
        assertThat(platform.wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void sandboxAnswersEachActionLikeGoogle() {
        SandboxHttp sandbox = new SandboxHttp(connector, "g1");

        ActionResult post = await(connector.perform(post("Hi", "CALL"), connection, sandbox));
        ActionResult reviews = await(connector.perform(action(ActionType.LIST_REVIEWS, null, null, null),
                connection, sandbox));

        assertThat(post).isEqualTo(new ActionResult("accounts/111/locations/222/localPosts/sandbox-g1", "LIVE", null));
        assertThat(reviews.body()).contains("\"reviewId\":\"sandbox-g1\"");
        assertThat(sandbox.sent.get(0).body()).contains("{\"actionType\":\"CALL\"}");
    }

    @Test
    void redactedRequestHidesTheToken() {
        assertThat(connector.testRequest(connection).redacted().header("Authorization")).isEqualTo("Bearer ***");
    }

    private static void stubAny(int status, String body) {
        platform.wireMock.stubFor(any(anyUrl()).willReturn(okJson(body).withStatus(status)));
    }

    private static OutboundAction post(String summary, String callToAction) {
        return new OutboundAction(ActionType.POST, null, null, summary, null, null, null, "hi", null,
                "https://cdn.example.com/diya.jpg", null, null, "https://salon.example.com/book", callToAction, null,
                null, null, null);
    }

    private static OutboundAction action(ActionType type, String text, String reviewId,
            Map<String, List<String>> hours) {
        return new OutboundAction(type, null, null, text, null, null, null, null, null, null, null, null, null, null,
                reviewId, hours, null, null);
    }
}
