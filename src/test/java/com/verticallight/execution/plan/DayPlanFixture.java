package com.verticallight.execution.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.WireMockPlatforms;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A tenant with a salon whose platforms are WireMock stubs with per-test ids. */
final class DayPlanFixture {

    final Account owner = Accounts.signup("PREMIUM");
    final String business = Accounts.createBusiness(owner, "Glow Test Salon");
    final String page = ChannelFixtures.uniqueId();
    final String igUser = ChannelFixtures.uniqueId();
    final String gbpAccount = ChannelFixtures.uniqueId();
    final String gbpLocation = ChannelFixtures.uniqueId();

    WireMockServer wireMock() {
        return WireMockPlatforms.server();
    }

    String timeZone() {
        return owner.as().get("/api/v1/businesses/" + business).then().statusCode(200).extract().path("timeZone");
    }

    /** Sets the run time to this long after now, in the business's zone, in plain words ("6:30 PM"). */
    LocalTime runIn(Clock clock, Duration after, List<String> photos) {
        LocalTime at = clock.instant().plus(after).atZone(ZoneId.of(timeZone())).toLocalTime().withSecond(0).withNano(0);
        owner.as().body(Map.of("runAt", at.format(DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH)),
                        "photoUrls", photos))
                .put("/api/v1/businesses/" + business + "/daily-plan/settings").then().statusCode(200);
        return at;
    }

    String facebook(String mode) {
        return ChannelFixtures.facebook(owner, business, page, mode);
    }

    String instagram(String mode) {
        return ChannelFixtures.connect(owner, business, "INSTAGRAM", Map.of("igUserId", igUser),
                Map.of("accessToken", "EAAG-secret-ig-token"), mode);
    }

    String google(String mode) {
        return ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                Map.of("accountId", gbpAccount, "locationId", gbpLocation), Map.of("accessToken", "ya29.secret"), mode);
    }

    void facebookAccepts() {
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + page + "/feed")).willReturn(okJson("{\"id\":\"" + page + "_1\"}")));
    }

    void facebookAnswers(int status, String body) {
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + page + "/feed")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    int facebookPosts() {
        return wireMock().findAll(postRequestedFor(urlEqualTo("/v21.0/" + page + "/feed"))).size();
    }

    void instagramAccepts() {
        wireMock().stubFor(get(urlEqualTo("/v21.0/" + igUser + "/content_publishing_limit?fields=quota_usage,config"))
                .willReturn(okJson("{\"data\":[{\"quota_usage\":1,\"config\":{\"quota_total\":100}}]}")));
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + igUser + "/media")).willReturn(okJson("{\"id\":\"c-" + igUser + "\"}")));
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + igUser + "/media_publish"))
                .willReturn(okJson("{\"id\":\"m-" + igUser + "\"}")));
    }

    String location() {
        return "/v4/accounts/" + gbpAccount + "/locations/" + gbpLocation;
    }

    /** Two new reviews: five stars from Asha, two stars from Ravi; and an old one already answered. */
    void googleAcceptsWithReviews() {
        String reviews = """
                {"reviews":[
                 {"name":"%1$s/reviews/r-asha","reviewId":"r-asha","reviewer":{"displayName":"Asha"},"starRating":"FIVE",
                  "comment":"Loved the haircut","createTime":"2026-11-20T10:00:00Z"},
                 {"name":"%1$s/reviews/r-ravi","reviewId":"r-ravi","reviewer":{"displayName":"Ravi"},"starRating":"TWO",
                  "comment":"Waited 40 minutes past my booking","createTime":"2026-11-21T10:00:00Z"},
                 {"name":"%1$s/reviews/r-old","reviewId":"r-old","reviewer":{"displayName":"Meena"},"starRating":"FOUR",
                  "comment":"Nice","createTime":"2026-10-01T10:00:00Z","reviewReply":{"comment":"Thanks Meena"}}
                ],"averageRating":3.7,"totalReviewCount":3}""".formatted("accounts/" + gbpAccount + "/locations/" + gbpLocation);
        wireMock().stubFor(get(urlEqualTo(location() + "/reviews?pageSize=50")).willReturn(okJson(reviews)));
        wireMock().stubFor(post(urlEqualTo(location() + "/localPosts"))
                .willReturn(okJson("{\"name\":\"" + location() + "/localPosts/lp1\",\"state\":\"LIVE\"}")));
        wireMock().stubFor(put(urlPathMatching(location() + "/reviews/.*/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
    }

    JsonPath plan() {
        return owner.as().get("/api/v1/businesses/" + business + "/daily-plan").then().statusCode(200).extract().jsonPath();
    }

    JsonPath plan(String date) {
        return owner.as().get("/api/v1/businesses/" + business + "/daily-plan?date=" + date).then().statusCode(200)
                .extract().jsonPath();
    }

    List<Map<String, Object>> dayJobs() {
        return owner.as().get("/api/v1/jobs?correlation=day:" + business).then().statusCode(200).extract().jsonPath()
                .getList("");
    }
}
