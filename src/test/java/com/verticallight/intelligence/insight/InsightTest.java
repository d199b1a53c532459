package com.verticallight.intelligence.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each rule speaks when its data condition holds, with the figures it came from, and stays quiet otherwise. */
@QuarkusTest
class InsightTest {

    @Inject
    Sql sql;

    private Account owner;
    private String businessId;

    private void freshBusiness() {
        owner = Accounts.signup("PREMIUM");
        businessId = Accounts.createBusiness(owner, "Insight salon " + UUID.randomUUID());
    }

    private JsonPath refresh() {
        return owner.as().post("/api/v1/businesses/" + businessId + "/insights/refresh").then().statusCode(200)
                .extract().jsonPath();
    }

    private void review(int stars, boolean replied, Instant reviewedAt, Instant firstSeenAt, String id) {
        sql.query("insert into review (id, tenant_id, business_id, platform, platform_review_id, stars, replied, handling, "
                + "reviewed_at, first_seen_at) values ($1, $2, $3, 'GOOGLE_BUSINESS_PROFILE', $4, $5, $6, $7, $8, $9)",
                UUID.randomUUID(), owner.tenantId(), UUID.fromString(businessId), id, stars, replied,
                replied ? "ALREADY_REPLIED" : stars >= 4 ? "AUTO_REPLY" : "PERSON",
                reviewedAt == null ? null : reviewedAt.atOffset(java.time.ZoneOffset.UTC),
                firstSeenAt.atOffset(java.time.ZoneOffset.UTC));
    }

    @Test
    void missingChannelsAndFieldsAreFoundOnceAndGoWhenFixed() {
        freshBusiness();
        JsonPath first = refresh();
        assertThat(first.getList("findAll { it.type == 'missing_channel' }.subject"))
                .containsExactlyInAnyOrder("WHATSAPP", "GOOGLE_BUSINESS_PROFILE");
        assertThat(first.getList("find { it.subject == 'WHATSAPP' }.evidence.connectedChannels")).isEmpty();
        assertThat(first.getList("findAll { it.type == 'missing_profile_field' }.subject"))
                .containsExactlyInAnyOrder("website", "phone", "operatingHours", "googleBusinessLocationId");
        // 5 impact x 60 / 5 minutes = 60 an hour: the profile fields rank before channels (7 x 60 / 30 = 14)
        assertThat(first.getString("[0].type")).isEqualTo("missing_profile_field");
        List<Float> perHour = first.getList("impactPerHour", Float.class);
        assertThat(perHour).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        String whatsappInsight = first.getString("find { it.subject == 'WHATSAPP' }.id");

        ChannelFixtures.whatsapp(owner, businessId, "pn-" + UUID.randomUUID(), "SANDBOX");
        JsonPath second = refresh();

        assertThat(second.getList("findAll { it.type == 'missing_channel' }.subject"))
                .containsExactly("GOOGLE_BUSINESS_PROFILE");
        assertThat(second.getList("find { it.type == 'missing_channel' }.evidence.connectedChannels"))
                .containsExactly("WHATSAPP");
        assertThat(sql.count("select count(*) from insight where business_id = $1 and type = 'missing_channel'",
                UUID.fromString(businessId))).isEqualTo(1);
        assertThat(sql.count("select count(*) from insight where id = $1", UUID.fromString(whatsappInsight))).isZero();
    }

    @Test
    void aRecomputationUpdatesInsteadOfDuplicatingAndKeepsADismissal() {
        freshBusiness();
        String gbp = refresh().getString("find { it.subject == 'GOOGLE_BUSINESS_PROFILE' }.id");
        long rows = sql.count("select count(*) from insight where business_id = $1", UUID.fromString(businessId));

        owner.as().post("/api/v1/insights/" + gbp + "/dismiss").then().statusCode(200).body("status", equalTo("DISMISSED"));
        JsonPath again = refresh();

        assertThat(sql.count("select count(*) from insight where business_id = $1", UUID.fromString(businessId)))
                .isEqualTo(rows);
        assertThat(again.getString("find { it.id == '" + gbp + "' }.status")).isEqualTo("DISMISSED");
        owner.as().get("/api/v1/businesses/" + businessId + "/insights").then().statusCode(200)
                .body("id", not(hasItem(gbp)));
        owner.as().post("/api/v1/insights/" + gbp + "/done").then().statusCode(409);
        String website = again.getString("find { it.subject == 'website' }.id");
        owner.as().post("/api/v1/insights/" + website + "/done").then().statusCode(200).body("status", equalTo("DONE"));
    }

    /*
     * Unanswered: 2 stars and 5 stars first seen 2 days ago, not replied -> counted; a review replied when first seen,
     * one answered by a person (manual task DONE for "review:r-done") and one seen 1 hour ago (inside the 24 h grace)
     * are not. -> 2 reviews, lowest 2 stars -> HIGH; effort 2 x 10 minutes = 20.
     */
    @Test
    void unansweredReviewsAreCountedWithTheirEvidence() {
        freshBusiness();
        assertThat(refresh().getList("findAll { it.type == 'unanswered_reviews' }")).isEmpty();
        Instant now = Instant.now();
        Instant twoDaysAgo = now.minus(Duration.ofDays(2));
        review(2, false, twoDaysAgo, twoDaysAgo, "r-low");
        review(5, false, twoDaysAgo, twoDaysAgo, "r-high");
        review(4, true, twoDaysAgo, twoDaysAgo, "r-replied");
        review(1, false, twoDaysAgo, twoDaysAgo, "r-done");
        review(3, false, now.minus(Duration.ofHours(1)), now.minus(Duration.ofHours(1)), "r-new");
        sql.query("insert into manual_task (id, tenant_id, business_id, title, reason, guidance_key, priority, "
                + "estimated_minutes, potential_impact, status, reference, created_at) values ($1, $2, $3, 'Answer', "
                + "'low review', 'answer-negative-review', 'HIGH', 10, 'x', 'DONE', 'review:r-done', now())",
                UUID.randomUUID(), owner.tenantId(), UUID.fromString(businessId));

        JsonPath insights = refresh();

        String at = "find { it.type == 'unanswered_reviews' }.";
        assertThat(insights.getInt(at + "evidence.unansweredReviews")).isEqualTo(2);
        assertThat(insights.getInt(at + "evidence.lowestStars")).isEqualTo(2);
        assertThat(insights.getList(at + "evidence.reviews.platformReviewId")).containsExactlyInAnyOrder("r-low", "r-high");
        assertThat(insights.getString(at + "priority")).isEqualTo("HIGH");
        assertThat(insights.getInt(at + "effortMinutes")).isEqualTo(20);
    }

    /*
     * Previous 30 days (31-59 days ago): 5, 5, 4 -> 14/3 = 4.67. Last 30 days: 4, 3, 3 -> 10/3 = 3.33.
     * Drop 1.34 (of the rounded averages) >= 0.3 -> insight. With 5, 4, 5 lately (4.67) there is no drop -> none.
     */
    @Test
    void aFallingRatingIsReportedOnlyWhenItFalls() {
        freshBusiness();
        Instant now = Instant.now();
        int i = 0;
        for (int stars : new int[] {5, 5, 4}) {
            Instant when = now.minus(Duration.ofDays(35 + i));
            review(stars, true, when, when, "old-" + i++);
        }
        for (int stars : new int[] {5, 4, 5}) {
            Instant when = now.minus(Duration.ofDays(5 + i));
            review(stars, true, when, when, "steady-" + i++);
        }
        assertThat(refresh().getList("findAll { it.type == 'rating_trend' }")).isEmpty();

        sql.query("delete from review where business_id = $1 and platform_review_id like 'steady-%'",
                UUID.fromString(businessId));
        for (int stars : new int[] {4, 3, 3}) {
            Instant when = now.minus(Duration.ofDays(5 + i));
            review(stars, true, when, when, "recent-" + i++);
        }
        JsonPath insights = refresh();

        String at = "find { it.type == 'rating_trend' }.evidence.";
        assertThat(insights.getDouble(at + "recentAverage")).isEqualTo(3.33);
        assertThat(insights.getDouble(at + "previousAverage")).isEqualTo(4.67);
        assertThat(insights.getInt(at + "recentReviews")).isEqualTo(3);
        assertThat(insights.getInt(at + "previousReviews")).isEqualTo(3);
    }

    /*
     * A Facebook Page connected 10 days ago (Asia/Kolkata dates: 11 days counting today) with posts published on
     * 3 days -> 3 < 11 x 0.5 = 5.5 -> insight. Posts on 6 days -> 6 >= 5.5 -> none.
     */
    @Test
    void postingOnFewerThanHalfTheDaysIsReported() {
        freshBusiness();
        String connectionId = ChannelFixtures.facebook(owner, businessId, "page-" + UUID.randomUUID(), "LIVE");
        Instant now = Instant.now();
        sql.query("update channel_connection set created_at = $1 where id = $2",
                now.minus(Duration.ofDays(10)).atOffset(java.time.ZoneOffset.UTC), UUID.fromString(connectionId));
        for (int day = 1; day <= 3; day++) {
            post(connectionId, now.minus(Duration.ofDays(day)), "DONE");
        }
        post(connectionId, now.minus(Duration.ofDays(4)), "FAILED");

        JsonPath insights = refresh();

        String at = "find { it.type == 'posting_gap' }.evidence.";
        assertThat(insights.getInt(at + "days")).isEqualTo(11);
        assertThat(insights.getInt(at + "daysWithAPost")).isEqualTo(3);
        assertThat(insights.getInt(at + "failedPosts")).isEqualTo(1);
        assertThat(insights.getString(at + "channel")).isEqualTo("FACEBOOK_PAGE");

        for (int day = 5; day <= 7; day++) {
            post(connectionId, now.minus(Duration.ofDays(day)), "DONE");
        }
        assertThat(refresh().getList("findAll { it.type == 'posting_gap' }")).isEmpty();
    }

    private void post(String connectionId, Instant finishedAt, String status) {
        UUID planId = UUID.randomUUID();
        LocalDate date = finishedAt.atZone(ZoneId.of("Asia/Kolkata")).toLocalDate();
        sql.query("insert into daily_plan (id, tenant_id, business_id, plan_date, slot, status, trigger, time_zone, "
                + "scheduled_for, created_at) values ($1, $2, $3, $4, 'DAY', 'DONE', 'SCHEDULED', 'Asia/Kolkata', now(), "
                + "now())", planId, owner.tenantId(), UUID.fromString(businessId), date);
        sql.query("insert into daily_plan_task (id, tenant_id, plan_id, business_id, task_key, position, task_type, "
                + "channel, connection_id, mode, title, status, finished_at) values ($1, $2, $3, $4, $5, 1, "
                + "'social_post', 'FACEBOOK_PAGE', $6, 'AUTOMATED', 'Post', $7, $8)", UUID.randomUUID(),
                owner.tenantId(), planId, UUID.fromString(businessId), "post:" + connectionId,
                UUID.fromString(connectionId), status, finishedAt.atOffset(java.time.ZoneOffset.UTC));
    }

    @Test
    void aCompetitorsSharpRatingMoveBecomesAnInsight() {
        freshBusiness();
        String url = "/api/v1/businesses/" + businessId + "/competitors/import";
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        owner.as().body(Map.of("observedAt", now.minus(Duration.ofDays(3)).toString(), "competitors", List.of(
                Map.of("name", "Rival", "latitude", 22.554, "longitude", 88.353, "rating", 4.5, "reviewCount", 100))))
                .post(url).then().statusCode(200);
        assertThat(refresh().getList("findAll { it.type == 'competitor_move' }")).isEmpty();
        owner.as().body(Map.of("observedAt", now.minus(Duration.ofDays(1)).toString(), "competitors", List.of(
                Map.of("name", "Rival", "latitude", 22.554, "longitude", 88.353, "rating", 4.1, "reviewCount", 105))))
                .post(url).then().statusCode(200).body("alertsRaised", equalTo(1));

        JsonPath insights = refresh();

        String at = "find { it.type == 'competitor_move' }.";
        assertThat(insights.getString(at + "evidence.competitor")).isEqualTo("Rival");
        assertThat(insights.getDouble(at + "evidence.previousValue")).isEqualTo(4.5);
        assertThat(insights.getDouble(at + "evidence.currentValue")).isEqualTo(4.1);
        assertThat(insights.getString(at + "title")).isEqualTo("The rating of Rival moved from 4.5 to 4.1");
    }
}
