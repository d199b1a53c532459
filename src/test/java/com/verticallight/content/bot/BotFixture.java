package com.verticallight.content.bot;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.WireMockPlatforms;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tenant with a salon (a unique name, for the LLM stubs) whose platforms are WireMock stubs with per-test ids. */
final class BotFixture {

    final Account owner = Accounts.signup("PREMIUM");
    final String name = "Glow " + UUID.randomUUID().toString().substring(0, 8);
    final String business;
    final String page = ChannelFixtures.uniqueId();
    final String igUser = ChannelFixtures.uniqueId();
    final String gbpAccount = ChannelFixtures.uniqueId();
    final String gbpLocation = ChannelFixtures.uniqueId();

    BotFixture() {
        this(null);
    }

    /** A salon in Kolkata whose customers' language is {@code language} (the tenant's when null). */
    BotFixture(String language) {
        Map<String, Object> body = new HashMap<>(Accounts.business(name));
        if (language != null) {
            body.put("language", language);
        }
        business = owner.as().body(body).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
        // the daily plan's own posts are not what these tests look at
        owner.as().body(Map.of("paused", true)).put("/api/v1/businesses/" + business + "/daily-plan/settings")
                .then().statusCode(200);
    }

    WireMockServer wireMock() {
        return WireMockPlatforms.server();
    }

    ZoneId zone() {
        return ZoneId.of(owner.as().get("/api/v1/businesses/" + business).then().statusCode(200).extract()
                .path("timeZone"));
    }

    /** The ISO week after the current one in the business's time zone, e.g. 2026-W49. */
    String nextWeek(Clock clock, int ahead) {
        LocalDate monday = LocalDate.now(clock.withZone(zone())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(ahead);
        return WeekSlots.isoWeek(monday);
    }

    void facebook() {
        ChannelFixtures.facebook(owner, business, page, "LIVE");
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + page + "/feed")).willReturn(okJson("{\"id\":\"" + page + "_77\"}")));
    }

    void instagram() {
        ChannelFixtures.connect(owner, business, "INSTAGRAM", Map.of("igUserId", igUser),
                Map.of("accessToken", "EAAG-secret-ig-token"), "LIVE");
        wireMock().stubFor(get(urlEqualTo("/v21.0/" + igUser + "/content_publishing_limit?fields=quota_usage,config"))
                .willReturn(okJson("{\"data\":[{\"quota_usage\":1,\"config\":{\"quota_total\":100}}]}")));
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + igUser + "/media")).willReturn(okJson("{\"id\":\"c-" + igUser + "\"}")));
        wireMock().stubFor(post(urlEqualTo("/v21.0/" + igUser + "/media_publish"))
                .willReturn(okJson("{\"id\":\"m-" + igUser + "\"}")));
    }

    void google() {
        ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                Map.of("accountId", gbpAccount, "locationId", gbpLocation), Map.of("accessToken", "ya29.secret"), "LIVE");
        wireMock().stubFor(post(urlEqualTo(location() + "/localPosts"))
                .willReturn(okJson("{\"name\":\"" + location() + "/localPosts/lp1\",\"state\":\"LIVE\"}")));
    }

    String location() {
        return "/v4/accounts/" + gbpAccount + "/locations/" + gbpLocation;
    }

    void settings(Map<String, Object> body) {
        owner.as().body(body).put("/api/v1/businesses/" + business + "/content/settings").then().statusCode(200);
    }

    JsonPath generate(String week) {
        return owner.as().post("/api/v1/businesses/" + business + "/content/weeks/" + week + "/generate")
                .then().statusCode(200).extract().jsonPath();
    }

    List<Map<String, Object>> generated(String week) {
        return generate(week).getList("");
    }

    JsonPath view(String id) {
        return owner.as().get("/api/v1/content/posts/" + id).then().statusCode(200).extract().jsonPath();
    }
}
