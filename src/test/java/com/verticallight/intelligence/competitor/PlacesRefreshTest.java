package com.verticallight.intelligence.competitor;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlacesRefreshTest {

    @Inject
    Sql sql;

    @Test
    void refreshSendsTheNearbySearchPlacesExpectsAndStoresWhatItFound() {
        Account owner = Accounts.signup("PREMIUM");
        // a latitude of its own, so this stub answers only this test's business
        double latitude = 22.5 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000) / 1_000_000.0;
        Map<String, Object> business = new HashMap<>(Accounts.business("Places salon"));
        business.put("latitude", latitude);
        business.put("serviceRadiusKm", 3.0);
        String businessId = owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("id");
        String places = """
                {"places":[
                 {"id":"ChIJ-one","displayName":{"text":"Lakme Salon","languageCode":"en"},
                  "location":{"latitude":%s,"longitude":88.3525},"rating":4.4,"userRatingCount":312,
                  "priceLevel":"PRICE_LEVEL_MODERATE","types":["beauty_salon","point_of_interest"],
                  "businessStatus":"OPERATIONAL"},
                 {"id":"ChIJ-two","displayName":{"text":"Naturals"},"location":{"latitude":%s,"longitude":88.3600},
                  "types":["hair_salon"]}]}""".formatted(latitude + 0.001, latitude);
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(matchingJsonPath("$.locationRestriction.circle.center[?(@.latitude == " + latitude + ")]"))
                .willReturn(okJson(places)));

        owner.as().post("/api/v1/businesses/" + businessId + "/competitors/refresh").then().statusCode(200)
                .body("competitors", org.hamcrest.Matchers.equalTo(2))
                .body("newCompetitors", org.hamcrest.Matchers.equalTo(2));

        // salon -> the Places types in category_place_type, in name order; 3 km -> 3000 m
        WireMockPlatforms.server().verify(1, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withHeader("X-Goog-Api-Key", equalTo("test-places-key"))
                .withHeader("X-Goog-FieldMask", equalTo("places.id,places.displayName,places.location,places.rating,"
                        + "places.userRatingCount,places.priceLevel,places.types,places.businessStatus,"
                        + "places.websiteUri"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"includedTypes":["beauty_salon","hair_care","hair_salon","nail_salon"],"maxResultCount":20,
                         "locationRestriction":{"circle":{"center":{"latitude":%s,"longitude":88.3525},"radius":3000.0}}}
                        """.formatted(latitude))));
        List<Row> stored = sql.query("select c.external_id, c.name, o.source, o.rating, o.review_count, o.price_level, "
                + "o.types, o.status from competitor c join competitor_observation o on o.competitor_id = c.id "
                + "where c.business_id = $1 order by c.external_id", UUID.fromString(businessId));
        assertThat(stored).hasSize(2);
        assertThat(List.of(stored.get(0).getString("external_id"), stored.get(0).getString("name"),
                stored.get(0).getString("source"), stored.get(0).getDouble("rating"), stored.get(0).getInteger("review_count"),
                stored.get(0).getInteger("price_level"), stored.get(0).getString("types"), stored.get(0).getString("status")))
                .containsExactly("ChIJ-one", "Lakme Salon", "PLACES", 4.4, 312, 2, "beauty_salon,point_of_interest",
                        "OPERATIONAL");
        assertThat(stored.get(1).getString("name")).isEqualTo("Naturals");
        assertThat(stored.get(1).getValue("rating")).isNull();

        owner.as().get("/api/v1/businesses/" + businessId + "/competitors").then().statusCode(200)
                .body("competitors.name", org.hamcrest.Matchers.contains("Lakme Salon", "Naturals"));
    }

    /** Places leaves websiteUri out for a place without a website, once the field mask asks for it. */
    @Test
    void theWebsiteComesFromPlacesSoTheNoWebsiteGapCountsOnlyCompetitorsWithoutOne() {
        Account owner = Accounts.signup("PREMIUM");
        double latitude = 23.5 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000) / 1_000_000.0;
        Map<String, Object> business = new HashMap<>(Accounts.business("Website salon"));
        business.put("latitude", latitude);
        business.put("serviceRadiusKm", 3.0);
        String businessId = owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("id");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(matchingJsonPath("$.locationRestriction.circle.center[?(@.latitude == " + latitude + ")]"))
                .withHeader("X-Goog-FieldMask", containing("places.websiteUri"))
                .willReturn(okJson("""
                        {"places":[
                         {"id":"ChIJ-site","displayName":{"text":"Lakme Salon"},"location":{"latitude":%s,"longitude":88.3525},
                          "websiteUri":"https://lakme-salon.example/park-street"},
                         {"id":"ChIJ-nosite","displayName":{"text":"Naturals"},"location":{"latitude":%s,"longitude":88.3600}}
                        ]}""".formatted(latitude + 0.001, latitude))));

        owner.as().post("/api/v1/businesses/" + businessId + "/competitors/refresh").then().statusCode(200)
                .body("competitors", org.hamcrest.Matchers.equalTo(2));

        owner.as().get("/api/v1/businesses/" + businessId + "/competitors").then().statusCode(200)
                .body("competitors.find { it.name == 'Lakme Salon' }.hasWebsite", org.hamcrest.Matchers.equalTo(true))
                .body("competitors.find { it.name == 'Lakme Salon' }.website",
                        org.hamcrest.Matchers.equalTo("https://lakme-salon.example/park-street"))
                .body("competitors.find { it.name == 'Naturals' }.hasWebsite", org.hamcrest.Matchers.equalTo(false))
                .body("gaps.find { it.type == 'NO_COMPETITOR_WEBSITE' }.title",
                        org.hamcrest.Matchers.equalTo("1 of 2 nearby competitors have no website"))
                .body("gaps.find { it.type == 'NO_COMPETITOR_WEBSITE' }.evidence.withoutWebsite",
                        org.hamcrest.Matchers.equalTo(1))
                .body("gaps.find { it.type == 'NO_COMPETITOR_WEBSITE' }.evidence.competitors.name",
                        org.hamcrest.Matchers.contains("Naturals"));
    }

    @Test
    void aPlacesOutageIsRetriedWithBackoffAndTheRefreshSucceeds() {
        Account owner = Accounts.signup("PREMIUM");
        double latitude = 21.5 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000) / 1_000_000.0;
        Map<String, Object> business = new HashMap<>(Accounts.business("Retry salon"));
        business.put("latitude", latitude);
        String businessId = owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("id");
        String scenario = "places-" + UUID.randomUUID();
        var thisBusiness = matchingJsonPath("$.locationRestriction.circle.center[?(@.latitude == " + latitude + ")]");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby")).withRequestBody(thisBusiness)
                .inScenario(scenario).whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)
                        .withBody("{\"error\":{\"code\":503,\"message\":\"The service is currently unavailable.\"}}"))
                .willSetStateTo("recovered"));
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby")).withRequestBody(thisBusiness)
                .inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(okJson("""
                        {"places":[{"id":"ChIJ-retry","displayName":{"text":"Green Trends"},
                          "location":{"latitude":%s,"longitude":88.3525},"rating":4.1,"userRatingCount":80}]}"""
                        .formatted(latitude))));

        owner.as().post("/api/v1/businesses/" + businessId + "/competitors/refresh").then().statusCode(200)
                .body("competitors", org.hamcrest.Matchers.equalTo(1));

        WireMockPlatforms.server().verify(2, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness));
        assertThat(sql.count("select count(*) from competitor where business_id = $1 and name = 'Green Trends'",
                UUID.fromString(businessId))).isEqualTo(1);
    }

    @Test
    void aPlacesRefusalIsNotRetriedAndAnswers502WithPlacesWords() {
        Account owner = Accounts.signup("PREMIUM");
        double latitude = 20.5 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000) / 1_000_000.0;
        Map<String, Object> business = new HashMap<>(Accounts.business("Refused salon"));
        business.put("latitude", latitude);
        String businessId = owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("id");
        var thisBusiness = matchingJsonPath("$.locationRestriction.circle.center[?(@.latitude == " + latitude + ")]");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby")).withRequestBody(thisBusiness)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(403)
                        .withBody("{\"error\":{\"code\":403,\"message\":\"API key not valid.\"}}")));

        owner.as().post("/api/v1/businesses/" + businessId + "/competitors/refresh").then().statusCode(502)
                .body("detail", org.hamcrest.Matchers.containsString("API key not valid."));

        WireMockPlatforms.server().verify(1, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness));
    }
}
