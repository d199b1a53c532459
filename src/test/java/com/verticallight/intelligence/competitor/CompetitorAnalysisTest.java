package com.verticallight.intelligence.competitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Distances, the radius, saturation, rank and gaps, checked against figures computed by hand. */
@QuarkusTest
class CompetitorAnalysisTest {

    @Inject
    Sql sql;

    /** A salon at 22.5535 N, 88.3525 E (Kolkata) serving 2 km around it. */
    static String businessWithin2Km(Account owner) {
        Map<String, Object> business = new HashMap<>(Accounts.business("Glow " + UUID.randomUUID()));
        business.put("serviceRadiusKm", 2.0);
        return owner.as().body(business).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> competitor(String name, double lat, double lng, double rating, int reviews) {
        return Map.of("name", name, "latitude", lat, "longitude", lng, "rating", rating, "reviewCount", reviews);
    }

    /*
     * Haversine, R = 6,371,008.8 m, from the business at (22.5535, 88.3525):
     *  Alpha (22.5600, 88.3525): due north, Δφ = 0.0065° = 1.134464e-4 rad; d = R·Δφ = 722.77 m -> 723
     *  Beta  (22.5535, 88.3625): same latitude, Δλ = 0.01°; d = 2R·asin(cos 22.5535°·sin 0.005°)
     *        = 2 × 6,371,008.8 × asin(0.923527 × 8.726646e-5) = 1,026.91 m -> 1027
     *  Delta (22.5450, 88.3450): a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2) with Δφ = -0.0085°, Δλ = -0.0075°
     *        -> d = 1,219.24 m -> 1219
     *  Edge  (22.5715, 88.3525): due north 0.018° -> 2,001.51 m: outside the 2,000 m radius
     *  Far   (22.5800, 88.3525): due north 0.0265° -> 2,946.67 m: outside
     * Saturation: 3 inside / (π × 2²) km² = 3 / 12.566371 = 0.238732 per km².
     * Own figures from stored reviews 5, 4, 3 stars: rating 4.0, 3 reviews.
     *  By rating (Alpha 4.5, Beta 3.9, Delta 4.2): ahead are Alpha and Delta -> rank 3 of 4.
     *  By review count (200, 80, 40): all ahead -> rank 4 of 4.
     * Owner-given 4.2 / 150: rating ahead only Alpha (Delta ties) -> 2 of 4; reviews ahead only Alpha -> 2 of 4.
     */
    @Test
    void excludesCompetitorsOutsideTheRadiusAndMeasuresToTheMetre() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = businessWithin2Km(owner);
        owner.as().body(Map.of("competitors", List.of(
                competitor("Alpha Salon", 22.5600, 88.3525, 4.5, 200),
                competitor("Beta Beauty", 22.5535, 88.3625, 3.9, 80),
                competitor("Delta Hair", 22.5450, 88.3450, 4.2, 40),
                competitor("Edge Spa", 22.5715, 88.3525, 4.9, 900),
                competitor("Far Away", 22.5800, 88.3525, 5.0, 1000))))
                .post("/api/v1/businesses/" + businessId + "/competitors/import")
                .then().statusCode(200).body("competitors", equalTo(5)).body("newCompetitors", equalTo(5));
        UUID tenant = owner.tenantId();
        for (int stars : new int[] {5, 4, 3}) {
            sql.query("insert into review (id, tenant_id, business_id, platform, platform_review_id, stars, replied, "
                    + "handling, first_seen_at) values ($1, $2, $3, 'GOOGLE_BUSINESS_PROFILE', $4, $5, true, "
                    + "'ALREADY_REPLIED', now())", UUID.randomUUID(), tenant, UUID.fromString(businessId),
                    "r-" + UUID.randomUUID(), stars);
        }

        var analysis = owner.as().get("/api/v1/businesses/" + businessId + "/competitors").then().statusCode(200)
                .body("distanceMethod", equalTo("haversine"))
                .body("earthRadiusMetres", equalTo(6371008.8f))
                .body("competitors.name", contains("Alpha Salon", "Beta Beauty", "Delta Hair"))
                .body("competitors.distanceMetres", contains(723, 1027, 1219))
                .body("competitorsInRadius", equalTo(3))
                .body("excludedOutsideRadius", equalTo(2))
                .body("own.rating", equalTo(4.0f)).body("own.reviewCount", equalTo(3)).body("own.source", equalTo("reviews"))
                .body("rankByRating.rank", equalTo(3)).body("rankByRating.outOf", equalTo(4))
                .body("rankByReviewCount.rank", equalTo(4)).body("rankByReviewCount.outOf", equalTo(4))
                .body("gaps", empty())
                .extract().jsonPath();
        assertThat(analysis.getDouble("saturationPerKm2")).isCloseTo(0.238732, org.assertj.core.data.Offset.offset(1e-6));

        owner.as().queryParam("ownRating", 4.2).queryParam("ownReviewCount", 150)
                .get("/api/v1/businesses/" + businessId + "/competitors").then().statusCode(200)
                .body("own.source", equalTo("owner"))
                .body("rankByRating.rank", equalTo(2)).body("rankByReviewCount.rank", equalTo(2));
    }

    /*
     * From (22.5535, 88.3525): Low1 (22.5580, 88.3525) 500 m, Low2 (22.5535, 88.3575) 513 m,
     * Low3 (22.5500, 88.3500) 466 m, all under 3.5 stars and within 1 km -> a cluster of 3.
     * Low4 (22.5400, 88.3525) is 1,501 m away: inside the radius but not in the cluster.
     * Latest closing among them 20:30 < 21:00 -> nobody open late. The website column is empty for all -> none has one.
     */
    @Test
    void csvImportRevealsALowRatedClusterNoLateOpeningAndNoWebsites() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = businessWithin2Km(owner);
        String csv = """
                name,latitude,longitude,rating,review_count,price_level,website,closes_at
                "Low One, Park St",22.5580,88.3525,3.1,12,1,,20:00
                Low Two,22.5535,88.3575,3.4,30,2,,20:30
                Low Three,22.5500,88.3500,2.9,8,,,19:00
                Low Four,22.5400,88.3525,3.2,15,1,,20:00
                """;
        owner.as().contentType("text/csv").body(csv)
                .post("/api/v1/businesses/" + businessId + "/competitors/import-csv")
                .then().statusCode(200).body("competitors", equalTo(4));

        var analysis = owner.as().get("/api/v1/businesses/" + businessId + "/competitors").then().statusCode(200)
                .body("competitors[0].name", equalTo("Low Three"))
                .body("competitors[0].priceLevel", nullValue())
                .body("competitors[0].closesAt", equalTo("19:00"))
                .body("gaps.type", contains("NOBODY_OPEN_LATE", "LOW_RATED_CLUSTER", "NO_COMPETITOR_WEBSITE"))
                .body("gaps[0].evidence.latestClosing", equalTo("20:30"))
                .body("gaps[0].evidence.competitorsWithKnownHours", equalTo(4))
                .body("gaps[1].evidence.competitors.name", contains("Low Three", "Low One, Park St", "Low Two"))
                .body("gaps[1].evidence.competitors.distanceMetres", contains(466, 500, 513))
                .body("gaps[2].evidence.competitorsChecked", equalTo(4))
                .extract().jsonPath();
        assertThat(analysis.getList("gaps[1].evidence.competitors.rating", Float.class)).containsExactly(2.9f, 3.1f, 3.4f);
    }

    @Test
    void csvRowsWithBadFiguresAreRefusedNamingTheRowAndColumn() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = businessWithin2Km(owner);
        owner.as().contentType("text/csv").body("name,latitude,longitude,rating\nOk,22.55,88.35,4\nBad,north,88.35,7\n")
                .post("/api/v1/businesses/" + businessId + "/competitors/import-csv")
                .then().statusCode(400)
                .body("errors.field", contains("rows[3].latitude", "rows[3].rating"));
        owner.as().contentType("text/csv").body("name,latitude,longitude,rating\nBad,22.55,88.35,7\n")
                .post("/api/v1/businesses/" + businessId + "/competitors/import-csv")
                .then().statusCode(400)
                .body("errors.field", contains("rows[2].rating"));
        assertThat(sql.count("select count(*) from competitor where business_id = $1", UUID.fromString(businessId)))
                .isZero();
    }

    /** One answer names every bad row: an unreadable number (row 2) no longer hides a missing name (row 5). */
    @Test
    void csvErrorsOfAllRowsComeInOneAnswerAndNothingIsStored() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = businessWithin2Km(owner);
        String csv = """
                name,latitude,longitude,rating,review_count
                Unreadable Rating,22.5580,88.3525,4.x,12
                Fine One,22.5535,88.3575,3.4,30
                Fine Two,22.5500,88.3500,2.9,8
                ,22.5400,88.3525,3.2,15
                Too Many Stars,22.5410,88.3525,6,-3
                """;
        owner.as().contentType("text/csv").body(csv)
                .post("/api/v1/businesses/" + businessId + "/competitors/import-csv")
                .then().statusCode(400)
                .body("errors.field", contains("rows[2].rating", "rows[5].name", "rows[6].rating",
                        "rows[6].review_count"))
                .body("errors.find { it.field == 'rows[2].rating' }.message", equalTo("must be a number"));
        assertThat(sql.count("select count(*) from competitor where business_id = $1", UUID.fromString(businessId)))
                .isZero();
    }

    /*
     * Kappa: 4.5 -> 4.1 (a move of 0.4 >= 0.3: RATING alert); 100 -> 110 reviews (10% < 20%: none).
     * Lambda: 3.9 -> 4.0 (0.1: none); 50 -> 60 reviews (20% >= 20%: REVIEW_COUNT alert).
     */
    @Test
    void aSharpRatingMoveBetweenTwoImportsRaisesAnAlert() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = businessWithin2Km(owner);
        String url = "/api/v1/businesses/" + businessId + "/competitors/import";
        Map<String, Object> day1 = Map.of("observedAt", "2025-03-01T06:00:00Z", "competitors", List.of(
                competitor("Kappa", 22.5600, 88.3525, 4.5, 100), competitor("Lambda", 22.5535, 88.3625, 3.9, 50)));
        owner.as().body(day1).post(url).then().statusCode(200).body("alertsRaised", equalTo(0));
        owner.as().body(Map.of("observedAt", "2025-03-08T06:00:00Z", "competitors", List.of(
                competitor("Kappa", 22.5600, 88.3525, 4.1, 110), competitor("Lambda", 22.5535, 88.3625, 4.0, 60))))
                .post(url).then().statusCode(200).body("newCompetitors", equalTo(0)).body("alertsRaised", equalTo(2));
        owner.as().body(day1).post(url).then().statusCode(200).body("alertsRaised", equalTo(0));

        owner.as().get("/api/v1/businesses/" + businessId + "/competitors/alerts").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("find { it.kind == 'RATING' }.competitorName", equalTo("Kappa"))
                .body("find { it.kind == 'RATING' }.previousValue", equalTo(4.5f))
                .body("find { it.kind == 'RATING' }.currentValue", equalTo(4.1f))
                .body("find { it.kind == 'REVIEW_COUNT' }.competitorName", equalTo("Lambda"))
                .body("find { it.kind == 'REVIEW_COUNT' }.currentValue", equalTo(60.0f));
        assertThat(sql.count("select count(*) from competitor_observation where business_id = $1",
                UUID.fromString(businessId))).isEqualTo(4);
        owner.as().get("/api/v1/businesses/" + businessId + "/competitors").then().statusCode(200)
                .body("competitors[0].rating", equalTo(4.1f))
                .body("competitors[0].observedAt", equalTo(Instant.parse("2025-03-08T06:00:00Z").toString()));
    }

    @Test
    void withoutAPlacesKeyRefreshExplainsHowToImport() {
        var problem = org.junit.jupiter.api.Assertions.assertThrows(
                com.verticallight.platform.problem.ProblemException.class, () -> PlacesClient.keyOrExplain(" "));
        assertThat(problem.problem().status()).isEqualTo(409);
        assertThat(problem.problem().detail()).contains("competitors/import", "import-csv");
    }
}
