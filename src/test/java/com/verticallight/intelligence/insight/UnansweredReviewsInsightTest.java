package com.verticallight.intelligence.insight;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The unanswered-reviews insight with reviews as owners get them: Google's review list → review sync (4-5 stars
 * thanked automatically, 3 or fewer handed to the owner) → insight refresh. Reviews written 30-72 hours ago that
 * still have no answer are reported at once, although the sync saw them only now; once answered they are not.
 */
@QuarkusTest
class UnansweredReviewsInsightTest {

    @Inject
    TestClock clock;

    final String gbpAccount = ChannelFixtures.uniqueId();
    final String gbpLocation = ChannelFixtures.uniqueId();

    private String location() {
        return "/v4/accounts/" + gbpAccount + "/locations/" + gbpLocation;
    }

    private String review(String id, String name, String stars, Duration ago) {
        return """
                {"name":"accounts/%s/locations/%s/reviews/%s","reviewId":"%s","reviewer":{"displayName":"%s"},
                 "starRating":"%s","comment":"Visit of %s","createTime":"%s"}""".formatted(gbpAccount, gbpLocation, id,
                id, name, stars, name, clock.instant().minus(ago));
    }

    private static JsonPath refresh(Account owner, String business) {
        return owner.as().post("/api/v1/businesses/" + business + "/insights/refresh").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void reviewsWaitingSinceYesterdayAreReportedAfterTheFirstSyncAndGoWhenAnswered() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Glow Insight Salon");
        ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                Map.of("accountId", gbpAccount, "locationId", gbpLocation), Map.of("accessToken", "ya29.secret"), "LIVE");
        var wireMock = WireMockPlatforms.server();
        wireMock.stubFor(get(urlEqualTo(location() + "/reviews?pageSize=50")).willReturn(okJson("{\"reviews\":["
                + String.join(",", review("r-ravi", "Ravi", "TWO", Duration.ofHours(30)),
                        review("r-meena", "Meena", "THREE", Duration.ofHours(72)),
                        review("r-asha", "Asha", "FIVE", Duration.ofHours(48)),
                        review("r-kiran", "Kiran", "FOUR", Duration.ofHours(40)),
                        review("r-today", "Dev", "ONE", Duration.ofHours(2)))
                + "],\"averageRating\":3.0,\"totalReviewCount\":5}")));
        wireMock.stubFor(put(urlEqualTo(location() + "/reviews/r-kiran/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
        wireMock.stubFor(put(urlEqualTo(location() + "/reviews/r-asha/reply")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":400,\"message\":\"Request contains an invalid argument.\","
                        + "\"status\":\"INVALID_ARGUMENT\"}}")));

        owner.as().post("/api/v1/businesses/" + business + "/reviews/sync").then().statusCode(200);
        JsonPath reviews = owner.as().get("/api/v1/businesses/" + business + "/reviews").then().statusCode(200)
                .extract().jsonPath();
        assertThat(reviews.getString("find { it.platformReviewId == 'r-asha' }.replyStatus")).isEqualTo("FAILED");
        assertThat(reviews.getString("find { it.platformReviewId == 'r-ravi' }.replyStatus")).isEqualTo("NEEDS_PERSON");
        assertThat(reviews.getString("find { it.platformReviewId == 'r-kiran' }.replyStatus")).isEqualTo("REPLIED");

        JsonPath insights = refresh(owner, business);

        String at = "find { it.type == 'unanswered_reviews' }.";
        assertThat(insights.getList("findAll { it.type == 'unanswered_reviews' }")).as("the insight").hasSize(1);
        assertThat(insights.getInt(at + "evidence.unansweredReviews")).isEqualTo(3);
        assertThat(insights.getList(at + "evidence.reviews.platformReviewId"))
                .containsExactlyInAnyOrder("r-ravi", "r-meena", "r-asha");
        assertThat(insights.getList(at + "evidence.reviews.replyStatus"))
                .containsExactlyInAnyOrder("NEEDS_PERSON", "NEEDS_PERSON", "FAILED");
        assertThat(insights.getInt(at + "evidence.lowestStars")).isEqualTo(2);
        assertThat(insights.getString(at + "priority")).isEqualTo("HIGH");

        wireMock.stubFor(put(urlEqualTo(location() + "/reviews/r-asha/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
        wireMock.stubFor(put(urlEqualTo(location() + "/reviews/r-ravi/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
        wireMock.stubFor(put(urlEqualTo(location() + "/reviews/r-meena/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
        for (String id : new String[] {"r-ravi", "r-meena", "r-asha"}) {
            String reviewId = reviews.getString("find { it.platformReviewId == '" + id + "' }.id");
            owner.as().body(Map.of("text", "Thank you for your review; we would love to hear more at the salon."))
                    .post("/api/v1/reviews/" + reviewId + "/reply").then().statusCode(200);
        }

        assertThat(refresh(owner, business).getList("findAll { it.type == 'unanswered_reviews' }")).isEmpty();
    }
}
