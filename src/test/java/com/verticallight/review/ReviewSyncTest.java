package com.verticallight.review;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewSyncTest {

    @Inject
    JobRunner runner;

    Account owner;
    String business;
    final String gbpAccount = ChannelFixtures.uniqueId();
    final String gbpLocation = ChannelFixtures.uniqueId();

    @BeforeEach
    void setUp() {
        owner = Accounts.signup("PREMIUM");
        business = Accounts.createBusiness(owner, "Glow Review Salon");
        ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                Map.of("accountId", gbpAccount, "locationId", gbpLocation), Map.of("accessToken", "ya29.secret"), "LIVE");
        String name = "accounts/" + gbpAccount + "/locations/" + gbpLocation;
        wireMock().stubFor(get(urlEqualTo(location() + "/reviews?pageSize=50")).willReturn(okJson("""
                {"reviews":[
                 {"name":"%1$s/reviews/r-asha","reviewId":"r-asha","reviewer":{"displayName":"Asha"},"starRating":"FIVE",
                  "comment":"Loved the haircut. Will come again!","createTime":"2026-11-20T10:00:00Z"},
                 {"name":"%1$s/reviews/r-ravi","reviewId":"r-ravi","reviewer":{"displayName":"Ravi"},"starRating":"TWO",
                  "comment":"Waited 40 minutes past my booking","createTime":"2026-11-21T10:00:00Z"}
                ],"averageRating":3.5,"totalReviewCount":2}""".formatted(name))));
        wireMock().stubFor(put(urlPathMatching(location() + "/reviews/.*/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
        wireMock().stubFor(post(urlEqualTo(location() + "/localPosts"))
                .willReturn(okJson("{\"name\":\"" + location() + "/localPosts/lp1\",\"state\":\"LIVE\"}")));
    }

    private WireMockServer wireMock() {
        return WireMockPlatforms.server();
    }

    private String location() {
        return "/v4/accounts/" + gbpAccount + "/locations/" + gbpLocation;
    }

    private int replies(String reviewId) {
        return wireMock().findAll(putRequestedFor(urlEqualTo(location() + "/reviews/" + reviewId + "/reply"))).size();
    }

    private JsonPath sync() {
        return owner.as().post("/api/v1/businesses/" + business + "/reviews/sync").then().statusCode(200)
                .extract().jsonPath();
    }

    private void runDailyPlanNow() {
        owner.as().post("/api/v1/businesses/" + business + "/daily-plan/run").then().statusCode(202);
        runner.runDue("instance-a").await().atMost(Duration.ofSeconds(60));
    }

    private JsonPath reviews() {
        return owner.as().get("/api/v1/businesses/" + business + "/reviews").then().statusCode(200).extract().jsonPath();
    }

    private List<Map<String, Object>> ledger() {
        return owner.as().get("/api/v1/ledger?businessId=" + business).then().statusCode(200).extract().jsonPath()
                .getList("");
    }

    @Test
    void theSyncThanksFiveStarsHandsTwoStarsToTheOwnerAndTheDailyPlanDoesNotAnswerAgain() {
        JsonPath result = sync();
        assertThat(result.getInt("newReviews")).isEqualTo(2);
        assertThat(result.getInt("autoReplies")).isEqualTo(1);
        assertThat(result.getInt("handedToOwner")).isEqualTo(1);

        JsonPath stored = reviews();
        String reply = stored.getString("find { it.platformReviewId == 'r-asha' }.replyText");
        assertThat(reply).contains("Asha").contains("Loved the haircut");
        assertThat(stored.getString("find { it.platformReviewId == 'r-asha' }.replyStatus")).isEqualTo("REPLIED");
        assertThat(stored.getString("find { it.platformReviewId == 'r-asha' }.answeredBy")).isEqualTo("REVIEW_SYNC");
        assertThat(stored.getString("find { it.platformReviewId == 'r-ravi' }.replyStatus")).isEqualTo("NEEDS_PERSON");
        wireMock().verify(1, putRequestedFor(urlEqualTo(location() + "/reviews/r-asha/reply"))
                .withRequestBody(matchingJsonPath("$.comment", equalTo(reply))));
        assertThat(replies("r-ravi")).as("never automatic below 4 stars").isZero();

        runDailyPlanNow();
        sync();
        assertThat(replies("r-asha")).as("answered once whichever path saw it first").isOne();
        assertThat(replies("r-ravi")).isZero();
        List<Map<String, Object>> negative = owner.as().get("/api/v1/businesses/" + business + "/manual-tasks")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.guidanceKey == 'answer-negative-review' }");
        assertThat(negative).hasSize(1);
        assertThat((String) negative.get(0).get("reason")).contains("Dear Ravi");
        assertThat(ledger().stream().filter(e -> "review_reply".equals(e.get("taskType"))
                && Boolean.TRUE.equals(e.get("automated")))).hasSize(1);
    }

    @Test
    void theOwnersEditedReplyIsPostedOnceAndRecordedAsTheirWork() {
        sync();
        String ravi = reviews().getString("find { it.platformReviewId == 'r-ravi' }.id");
        String text = "Dear Ravi, we are sorry about the wait. Please call us on 98300 12345 and ask for Meena.";
        owner.as().body(Map.of("text", text, "minutesSpent", 12)).post("/api/v1/reviews/" + ravi + "/reply").then()
                .statusCode(200)
                .body("deliveryStatus", Matchers.equalTo("SENT"))
                .body("review.replyStatus", Matchers.equalTo("REPLIED"))
                .body("review.repliedBy", Matchers.equalTo("OWNER"));
        owner.as().body(Map.of("text", text)).post("/api/v1/reviews/" + ravi + "/reply").then().statusCode(200);
        wireMock().verify(1, putRequestedFor(urlEqualTo(location() + "/reviews/r-ravi/reply"))
                .withRequestBody(matchingJsonPath("$.comment", equalTo(text))));

        List<Map<String, Object>> entries = ledger();
        assertThat(entries.stream().filter(e -> "manual:answer-negative-review".equals(e.get("taskType"))
                && Boolean.FALSE.equals(e.get("automated")) && Integer.valueOf(12).equals(e.get("minutesSpent"))))
                .hasSize(1);
        assertThat(entries.stream().filter(e -> Boolean.TRUE.equals(e.get("automated"))).map(e -> e.get("taskType")))
                .as("the owner's reply is not counted as automation").containsExactly("review_reply");
        owner.as().body(Map.of("text", " ")).post("/api/v1/reviews/" + ravi + "/reply").then().statusCode(400);
    }

    @Test
    void whenTheDailyPlanAnswersFirstTheSyncLeavesTheReviewAlone() {
        runDailyPlanNow();
        assertThat(replies("r-asha")).isOne();
        JsonPath result = sync();
        assertThat(result.getInt("newReviews")).isZero();
        assertThat(replies("r-asha")).isOne();
        assertThat(replies("r-ravi")).isZero();
        JsonPath stored = reviews();
        assertThat(stored.getString("find { it.platformReviewId == 'r-asha' }.replyStatus")).isEqualTo("REPLIED");
        assertThat(stored.getString("find { it.platformReviewId == 'r-asha' }.answeredBy")).isEqualTo("DAILY_PLAN");
        assertThat(stored.getString("find { it.platformReviewId == 'r-ravi' }.replyStatus")).isEqualTo("NEEDS_PERSON");
    }
}
