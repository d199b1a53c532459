package com.verticallight.intelligence.daily;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.verticallight.job.Job;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every business's insights (and competitors) are refreshed once a day by a job, with no request asking. */
@QuarkusTest
class DailyIntelligenceTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @Inject
    DailyKeeper keeper;

    private UUID businessId;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (businessId != null) {
            sql.query("update job set status = 'CANCELLED' where correlation = $1 and status = 'PENDING'",
                    DailySchedule.correlation(businessId));
        }
    }

    @Test
    void theDailyJobComputesTheInsightsAndASecondRunTheSameDayDoesNothingAgain() {
        Account owner = Accounts.signup("PREMIUM");
        double latitude = 23.5 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000) / 1_000_000.0;
        Map<String, Object> business = new HashMap<>(Accounts.business("Daily salon"));
        business.put("latitude", latitude);
        businessId = UUID.fromString(owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("id"));
        StringValuePattern thisBusiness = matchingJsonPath(
                "$.locationRestriction.circle.center[?(@.latitude == " + latitude + ")]");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby")).withRequestBody(thisBusiness)
                .willReturn(okJson("""
                        {"places":[{"id":"ChIJ-daily-%s","displayName":{"text":"Daily rival"},
                          "location":{"latitude":%s,"longitude":88.3525},"rating":4.0,"userRatingCount":10}]}"""
                        .formatted(businessId, latitude))));
        assertThat(sql.count("select count(*) from insight where business_id = $1", businessId)).isZero();

        Job today = keeper.restore(owner.tenantId(), businessId).await().atMost(Duration.ofSeconds(30));
        LocalDate localToday = LocalDate.now(clock.withZone(KOLKATA));
        assertThat(today.idempotencyKey).isEqualTo("intel-day:" + businessId + ":" + localToday);
        moveTo(today.runAt);
        runner.runDue("daily-test").await().atMost(Duration.ofSeconds(30));

        assertThat(statusOf(today.idempotencyKey)).isEqualTo("DONE");
        // a business without connections: the missing channels are found with no request asking
        assertThat(sql.query("select subject from insight where business_id = $1 and type = 'missing_channel' "
                + "order by subject", businessId).stream().map(r -> r.getString("subject")).toList())
                .containsExactly("GOOGLE_BUSINESS_PROFILE", "WHATSAPP");
        assertThat(sql.count("select count(*) from competitor where business_id = $1 and name = 'Daily rival'",
                businessId)).isEqualTo(1);
        WireMockPlatforms.server().verify(1, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness));
        OffsetDateTime computedAt = sql.query("select max(updated_at) as at from insight where business_id = $1",
                businessId).get(0).getOffsetDateTime("at");
        assertThat(statusOf("intel-day:" + businessId + ":" + localToday.plusDays(1))).isEqualTo("PENDING");

        // the keeper asks again the same day: today's job already ran, so tomorrow's is the next; nothing reruns
        clock.advance(Duration.ofMinutes(5));
        Job next = keeper.restore(owner.tenantId(), businessId).await().atMost(Duration.ofSeconds(30));
        assertThat(next.idempotencyKey).isEqualTo("intel-day:" + businessId + ":" + localToday.plusDays(1));
        runner.runDue("daily-test").await().atMost(Duration.ofSeconds(30));

        List<Row> jobs = sql.query("select idempotency_key, status from job where correlation = $1 order by run_at",
                DailySchedule.correlation(businessId));
        assertThat(jobs.stream().map(r -> r.getString("idempotency_key") + "=" + r.getString("status")).toList())
                .containsExactly(today.idempotencyKey + "=DONE", next.idempotencyKey + "=PENDING");
        WireMockPlatforms.server().verify(1, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness));
        assertThat(sql.query("select max(updated_at) as at from insight where business_id = $1", businessId).get(0)
                .getOffsetDateTime("at")).isEqualTo(computedAt);
    }

    @Test
    void whenPlacesIsDownTheInsightsStillAppearAndTheJobRetriesTheCompetitorsLater() {
        Account owner = Accounts.signup("PREMIUM");
        double latitude = 24.5 + Math.floorMod(UUID.randomUUID().hashCode(), 90_000) / 1_000_000.0;
        Map<String, Object> business = new HashMap<>(Accounts.business("Outage salon"));
        business.put("latitude", latitude);
        businessId = UUID.fromString(owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("id"));
        StringValuePattern thisBusiness = matchingJsonPath(
                "$.locationRestriction.circle.center[?(@.latitude == " + latitude + ")]");
        var down = WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(503)));

        Job today = keeper.restore(owner.tenantId(), businessId).await().atMost(Duration.ofSeconds(30));
        moveTo(today.runAt);
        runner.runDue("daily-test").await().atMost(Duration.ofSeconds(30));

        // Places failed after the client's retries (4 tries): the insights are there, the job waits to retry
        assertThat(sql.count("select count(*) from insight where business_id = $1 and type = 'missing_channel'",
                businessId)).isEqualTo(2);
        Row job = sql.query("select status, attempts, last_error from job where idempotency_key = $1",
                today.idempotencyKey).get(0);
        assertThat(List.of(job.getString("status"), job.getInteger("attempts"))).containsExactly("PENDING", 1);
        assertThat(job.getString("last_error")).contains("Competitors not refreshed");
        WireMockPlatforms.server().verify(4, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness));

        WireMockPlatforms.server().removeStub(down);
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/places:searchNearby")).withRequestBody(thisBusiness)
                .willReturn(okJson("""
                        {"places":[{"id":"ChIJ-outage-%s","displayName":{"text":"Back again"},
                          "location":{"latitude":%s,"longitude":88.3525}}]}""".formatted(businessId, latitude))));
        clock.advance(Duration.ofSeconds(31)); // the job's first backoff
        runner.runDue("daily-test").await().atMost(Duration.ofSeconds(30));

        assertThat(statusOf(today.idempotencyKey)).isEqualTo("DONE");
        assertThat(sql.count("select count(*) from competitor where business_id = $1 and name = 'Back again'",
                businessId)).isEqualTo(1);
        WireMockPlatforms.server().verify(5, postRequestedFor(urlEqualTo("/v1/places:searchNearby"))
                .withRequestBody(thisBusiness));
    }

    private void moveTo(Instant runAt) {
        Duration ahead = Duration.between(clock.instant(), runAt);
        if (!ahead.isNegative()) {
            clock.advance(ahead.plusSeconds(1));
        }
    }

    private String statusOf(String key) {
        List<Row> rows = sql.query("select status from job where idempotency_key = $1", key);
        return rows.isEmpty() ? null : rows.get(0).getString("status");
    }
}
