package com.verticallight.execution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerAndMetricsTest {

    /** 10 March 2026, 10:00 in Kolkata (UTC+05:30). */
    private static final Instant MORNING = Instant.parse("2026-03-10T04:30:00Z");

    @Inject
    LedgerService ledger;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Sql sql;

    private LedgerEntry record(Account account, LedgerRecord task) {
        return currentTenant.runAs(account.tenantId(), () -> ledger.record(task)).await().atMost(Duration.ofSeconds(10));
    }

    private static LedgerRecord automated(UUID business, String type, boolean sandbox, Outcome outcome, Long revenue,
            Instant end) {
        return new LedgerRecord(business, type, true, sandbox, outcome, null, revenue, end.minusSeconds(30), end,
                outcome == Outcome.FAILED ? "timed out" : null, "delivery-" + UUID.randomUUID());
    }

    /** The same known set as {@link MetricsFormulaTest}, recorded through the service. */
    private void recordKnownDay(Account owner, UUID business) {
        for (int i = 0; i < 3; i++) {
            record(owner, automated(business, "social_post", false, Outcome.DONE, null, MORNING.plusSeconds(i)));
        }
        record(owner, automated(business, "social_post", true, Outcome.DONE, 90000L, MORNING));
        record(owner, automated(business, "social_post", true, Outcome.DONE, null, MORNING));
        record(owner, automated(business, "review_reply", false, Outcome.DONE, null, MORNING));
        record(owner, automated(business, "lead_reply", false, Outcome.DONE, 150000L, MORNING));
        record(owner, automated(business, "google_post", false, Outcome.FAILED, null, MORNING));
        record(owner, new LedgerRecord(business, "manual:answer-negative-review", false, false, Outcome.DONE, 25, null,
                MORNING.minusSeconds(1500), MORNING, null, null));
        // 00:30 on 11 March in Kolkata (still 10 March in UTC): not in the day, in the week
        record(owner, automated(business, "social_post", false, Outcome.DONE, null,
                Instant.parse("2026-03-10T19:00:00Z")));
    }

    @Test
    void aKnownDayGivesTheHandComputedFiguresWithSandboxEntriesLeftOut() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Glow Salon");
        recordKnownDay(owner, UUID.fromString(businessId));

        owner.as().queryParam("period", "DAY").queryParam("date", "2026-03-10")
                .get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Kolkata"))
                .body("windowStart", equalTo("2026-03-09T18:30:00Z"))
                .body("windowEnd", equalTo("2026-03-10T18:30:00Z"))
                .body("figures.automatedTasks", equalTo(5))
                .body("figures.manualTasks", equalTo(1))
                .body("figures.totalTasks", equalTo(6))
                .body("figures.failedTasks", equalTo(1))
                .body("figures.sandboxTasks", equalTo(2))
                .body("figures.automationPercent", equalTo(83.3f))
                .body("figures.minutesSaved", equalTo(75))
                .body("figures.hoursSaved", equalTo(1.25f))
                .body("figures.valueOfTimeSaved.amountMinor", equalTo(62500))
                .body("figures.valueOfTimeSaved.currency", equalTo("INR"))
                .body("figures.revenueAttributed.amountMinor", equalTo(150000))
                .body("figures.subscriptionPrice.amountMinor", equalTo(3223))
                .body("figures.roi", equalTo(64.9324f))
                .body("figures.roiNote", nullValue())
                .body("inputs.hourlyRate.amountMinor", equalTo(50000))
                .body("inputs.hourlyRateSource", equalTo("DEFAULT"))
                .body("inputs.monthlyPrice.amountMinor", equalTo(99900))
                .body("inputs.plan", equalTo("BASIC"))
                .body("inputs.taskTypes.taskType", contains("google_post", "lead_reply",
                        "manual:answer-negative-review", "review_reply", "social_post"))
                .body("inputs.taskTypes[4].automated", equalTo(3))
                .body("inputs.taskTypes[4].sandbox", equalTo(2))
                .body("inputs.taskTypes[4].baselinesUsed", contains(20));

        owner.as().queryParam("period", "WEEK").queryParam("date", "2026-03-12")
                .get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("from", equalTo("2026-03-09")).body("to", equalTo("2026-03-16"))
                .body("figures.automatedTasks", equalTo(6))
                .body("figures.minutesSaved", equalTo(95))
                .body("figures.sandboxTasks", equalTo(2));
        owner.as().queryParam("period", "month").queryParam("date", "2026-03-31")
                .get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("figures.subscriptionPrice.amountMinor", equalTo(99900));
        owner.as().queryParam("period", "DAY").queryParam("date", "2026-03-11")
                .get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("figures.automatedTasks", equalTo(1));
    }

    @Test
    void aTenantsOwnBaselineAndRateAreUsedAndEntriesKeepTheBaselineOfTheirTime() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Own figures");
        UUID business = UUID.fromString(businessId);
        record(owner, automated(business, "social_post", false, Outcome.DONE, null, MORNING));
        owner.as().body(Map.of("minutes", 45)).put("/api/v1/ledger/baselines/social_post").then().statusCode(200)
                .body("baselines.find { it.taskType == 'social_post' }.minutes", equalTo(45))
                .body("baselines.find { it.taskType == 'social_post' }.defaultMinutes", equalTo(20))
                .body("baselines.find { it.taskType == 'social_post' }.source", equalTo("TENANT"));
        owner.as().body(Map.of("amountMinor", 120000, "currency", "INR")).put("/api/v1/ledger/hourly-rate").then()
                .statusCode(200).body("hourlyRate.amountMinor", equalTo(120000)).body("hourlyRateSource", equalTo("TENANT"));
        assertThat(record(owner, automated(business, "social_post", false, Outcome.DONE, null, MORNING))
                .minutesSavedBaseline()).isEqualTo(45);

        owner.as().queryParam("period", "DAY").queryParam("date", "2026-03-10")
                .get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("figures.minutesSaved", equalTo(65))
                .body("figures.valueOfTimeSaved.amountMinor", equalTo(130000))
                .body("inputs.hourlyRateSource", equalTo("TENANT"))
                .body("inputs.taskTypes[0].baselinesUsed", contains(20, 45));
    }

    @Test
    void baselinesAreReadableAndOnlyKnownTaskTypesWithValidMinutesCanBeSet() {
        Account owner = Accounts.signup("BASIC");
        owner.as().get("/api/v1/ledger/baselines").then().statusCode(200)
                .body("hourlyRate.amountMinor", equalTo(50000))
                .body("hourlyRateSource", equalTo("DEFAULT"))
                .body("baselines.taskType", org.hamcrest.Matchers.hasItems("social_post", "google_post", "review_reply",
                        "appointment_reminder", "lead_follow_up", "lead_reply", "referral_request", "content_plan"))
                .body("baselines.find { it.taskType == 'content_plan' }.minutes", equalTo(30));
        owner.as().body(Map.of("minutes", 5)).put("/api/v1/ledger/baselines/carrier_pigeon").then().statusCode(404);
        owner.as().body(Map.of("minutes", -1)).put("/api/v1/ledger/baselines/social_post").then().statusCode(400)
                .body("errors[0].field", containsString("minutes"));
        owner.as().body(Map.of("amountMinor", 100, "currency", "RUPEES")).put("/api/v1/ledger/hourly-rate").then()
                .statusCode(400).body("errors[0].field", containsString("currency"));
        owner.as().body(Map.of("minutes", 12)).put("/api/v1/ledger/baselines/review_reply").then().statusCode(200);
        owner.as().body(Map.of("minutes", 14)).put("/api/v1/ledger/baselines/review_reply").then().statusCode(200)
                .body("baselines.find { it.taskType == 'review_reply' }.minutes", equalTo(14));
        Account staff = Accounts.invite(owner, "STAFF");
        staff.as().body(Map.of("minutes", 1)).put("/api/v1/ledger/baselines/review_reply").then().statusCode(403);
        // another tenant keeps the defaults
        Accounts.signup("BASIC").as().get("/api/v1/ledger/baselines").then()
                .body("baselines.find { it.taskType == 'review_reply' }.minutes", equalTo(10));
    }

    @Test
    void onATrialTheReturnIsUndefinedAndSaysWhy() {
        Account owner = Accounts.signup("TRIAL");
        String businessId = Accounts.createBusiness(owner, "Trial shop");
        record(owner, automated(UUID.fromString(businessId), "google_post", false, Outcome.DONE, null, MORNING));

        owner.as().queryParam("period", "DAY").queryParam("date", "2026-03-10")
                .get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("figures.automationPercent", equalTo(100.0f))
                .body("figures.subscriptionPrice.amountMinor", equalTo(0))
                .body("figures.roi", nullValue())
                .body("figures.roiNote", containsString("costs nothing"));
    }

    @Test
    void badPeriodsAndDatesAreNamedAndOtherTenantsBusinessesAreNotFound() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Validated");
        owner.as().queryParam("period", "YEAR").get("/api/v1/businesses/" + businessId + "/metrics").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        owner.as().queryParam("date", "2026-13-01").get("/api/v1/businesses/" + businessId + "/metrics").then()
                .statusCode(400).body("errors[0].field", equalTo("date"));
        owner.as().get("/api/v1/businesses/" + UUID.randomUUID() + "/metrics").then().statusCode(404);
        owner.as().get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(200)
                .body("period", equalTo("MONTH")).body("figures.totalTasks", equalTo(0));
        Accounts.signup("BASIC").as().get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(404);
        given().get("/api/v1/businesses/" + businessId + "/metrics").then().statusCode(401);
    }

    @Test
    void theLedgerListsFiltersAndStaysWithinTheTenant() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Listed");
        recordKnownDay(owner, UUID.fromString(businessId));

        owner.as().queryParam("businessId", businessId).get("/api/v1/ledger").then().statusCode(200)
                .body("", hasSize(10));
        owner.as().queryParam("automated", "false").get("/api/v1/ledger").then().statusCode(200)
                .body("taskType", contains("manual:answer-negative-review"))
                .body("[0].minutesSpent", equalTo(25))
                .body("[0].automated", equalTo(false));
        owner.as().queryParam("from", "2026-03-10T19:00:00Z").get("/api/v1/ledger").then().statusCode(200)
                .body("", hasSize(1));
        owner.as().queryParam("to", "2026-03-10T19:00:00Z").get("/api/v1/ledger").then().statusCode(200)
                .body("", hasSize(9));
        owner.as().queryParam("limit", 2).get("/api/v1/ledger").then().statusCode(200)
                .body("", hasSize(2)).body("[0].endedAt", equalTo("2026-03-10T19:00:00Z"));
        owner.as().queryParam("businessId", "not-a-uuid").get("/api/v1/ledger").then().statusCode(400)
                .body("errors[0].field", equalTo("businessId"));
        owner.as().queryParam("from", "yesterday").get("/api/v1/ledger").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        owner.as().queryParam("automated", "maybe").get("/api/v1/ledger").then().statusCode(400)
                .body("errors[0].field", equalTo("automated"));
        owner.as().queryParam("limit", 0).get("/api/v1/ledger").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        owner.as().queryParam("from", "2026-03-11T00:00:00Z").queryParam("to", "2026-03-10T00:00:00Z")
                .get("/api/v1/ledger").then().statusCode(400).body("errors[0].field", equalTo("to"));
        Accounts.signup("BASIC").as().queryParam("businessId", businessId).get("/api/v1/ledger").then()
                .statusCode(200).body("", hasSize(0));
    }

    @Test
    void recordingChecksItsInputAndTheBusiness() {
        Account owner = Accounts.signup("BASIC");
        UUID business = UUID.fromString(Accounts.createBusiness(owner, "Checked"));

        assertThatThrownBy(() -> record(owner, automated(business, "carrier_pigeon", false, Outcome.DONE, null, MORNING)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field()).isEqualTo("taskType"));
        assertThatThrownBy(() -> record(owner, new LedgerRecord(business, " ", true, false, null, -1, -5L, null,
                MORNING, null, null)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().errors())
                        .extracting(f -> f.field())
                        .containsExactlyInAnyOrder("taskType", "outcome", "startedAt", "minutesSpent",
                                "revenueAttributedMinor"));
        Account other = Accounts.signup("BASIC");
        assertThatThrownBy(() -> record(other, automated(business, "social_post", false, Outcome.DONE, null, MORNING)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(404));
        assertThat(sql.count("select count(*) from automation_ledger where business_id = $1", business)).isZero();
        // a manual task type without a baseline is recorded with 0
        assertThat(record(owner, new LedgerRecord(business, "manual:supplier-negotiation", false, false, Outcome.DONE,
                40, null, MORNING, MORNING, null, null)).minutesSavedBaseline()).isZero();
        owner.as().get("/api/v1/ledger").then().body("taskType", containsInAnyOrder("manual:supplier-negotiation"));
    }
}
