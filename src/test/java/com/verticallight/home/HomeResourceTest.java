package com.verticallight.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.Outcome;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.vertx.mutiny.sqlclient.Row;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HomeResourceTest {

    @Inject
    LedgerService ledger;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @Inject
    Sql sql;

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private void record(Account account, UUID business, String type, boolean automated, boolean sandbox,
            Outcome outcome, Long revenue, Instant end) {
        currentTenant.runAs(account.tenantId(), () -> ledger.record(new LedgerRecord(business, type, automated, sandbox,
                outcome, automated ? null : 15, revenue, end.minusSeconds(60), end, outcome == Outcome.FAILED ? "timed out"
                : null, "rollup-" + UUID.randomUUID()))).await().atMost(Duration.ofSeconds(10));
    }

    /** The figures counted straight from the raw ledger rows of a window, by the rules the metrics document. */
    private Map<String, Long> raw(Account account, String business, String windowStart, String windowEnd) {
        Row r = sql.query("select count(*) filter (where not sandbox and outcome = 'DONE' and automated),"
                + " count(*) filter (where not sandbox and outcome = 'DONE' and not automated),"
                + " count(*) filter (where not sandbox and outcome = 'FAILED'), count(*) filter (where sandbox),"
                + " coalesce(sum(minutes_saved_baseline) filter (where not sandbox and outcome = 'DONE' and automated), 0),"
                + " coalesce(sum(revenue_attributed_minor) filter (where not sandbox and outcome = 'DONE'), 0)"
                + " from automation_ledger where tenant_id = $1 and business_id = $2 and ended_at >= $3 and ended_at < $4",
                account.tenantId(), UUID.fromString(business), OffsetDateTime.parse(windowStart),
                OffsetDateTime.parse(windowEnd)).get(0);
        return Map.of("automatedTasks", r.getLong(0), "manualTasks", r.getLong(1), "failedTasks", r.getLong(2),
                "sandboxTasks", r.getLong(3), "minutesSaved", r.getLong(4), "revenue", r.getLong(5));
    }

    private static Map<String, Long> shown(JsonPath figures, String at) {
        return Map.of("automatedTasks", figures.getLong(at + ".automatedTasks"),
                "manualTasks", figures.getLong(at + ".manualTasks"), "failedTasks", figures.getLong(at + ".failedTasks"),
                "sandboxTasks", figures.getLong(at + ".sandboxTasks"), "minutesSaved", figures.getLong(at + ".minutesSaved"),
                "revenue", figures.getLong(at + ".revenueAttributed.amountMinor"));
    }

    /** Home's week and each of its seven days, and the month's metrics, against the raw rows of the same windows. */
    private void assertFiguresEqualTheRawLedger(Account account, String business) {
        JsonPath home = account.as().queryParam("businessId", business).get("/api/v1/home").then().statusCode(200)
                .extract().jsonPath();
        assertThat(shown(home, "week.figures"))
                .isEqualTo(raw(account, business, home.getString("week.windowStart"), home.getString("week.windowEnd")));
        ZoneId zone = ZoneId.of(home.getString("week.timeZone"));
        for (int i = 0; i < 7; i++) {
            LocalDate day = LocalDate.parse(home.getString("recentDays[" + i + "].date"));
            Map<String, Long> raw = raw(account, business, day.atStartOfDay(zone).toInstant().toString(),
                    day.plusDays(1).atStartOfDay(zone).toInstant().toString());
            assertThat(home.getLong("recentDays[" + i + "].automatedTasks")).as(day.toString())
                    .isEqualTo(raw.get("automatedTasks"));
            assertThat(home.getLong("recentDays[" + i + "].sandboxTasks")).isEqualTo(raw.get("sandboxTasks"));
        }
        for (int daysBack = 0; daysBack < 2; daysBack++) {
            String day = home.getString("recentDays[" + (6 - daysBack) + "].date");
            JsonPath metrics = account.as().queryParam("period", "DAY").queryParam("date", day)
                    .get("/api/v1/businesses/" + business + "/metrics").then().statusCode(200).extract().jsonPath();
            assertThat(shown(metrics, "figures")).as(day)
                    .isEqualTo(raw(account, business, metrics.getString("windowStart"), metrics.getString("windowEnd")));
        }
        JsonPath month = account.as().queryParam("period", "MONTH").get("/api/v1/businesses/" + business + "/metrics")
                .then().statusCode(200).extract().jsonPath();
        assertThat(shown(month, "figures"))
                .isEqualTo(raw(account, business, month.getString("windowStart"), month.getString("windowEnd")));
    }

    @Test
    void homeAndMetricsFromTheDailyRollupsEqualTheRawLedgerAcrossBusinessesTenantsAndTheKolkataMidnight() {
        Account owner = Accounts.signup("ENTERPRISE");
        String first = Accounts.createBusiness(owner, "Rollup One");
        String second = Accounts.createBusiness(owner, "Rollup Two");
        Account other = Accounts.signup("BASIC");
        String theirs = Accounts.createBusiness(other, "Rollup Elsewhere");
        Instant midnight = LocalDate.now(clock.withZone(KOLKATA)).atStartOfDay(KOLKATA).toInstant();
        UUID one = UUID.fromString(first);
        UUID two = UUID.fromString(second);
        record(owner, one, "social_post", true, false, Outcome.DONE, null, midnight.minusSeconds(1));
        record(owner, one, "social_post", true, false, Outcome.DONE, 40000L, midnight);
        record(owner, one, "social_post", true, true, Outcome.DONE, 70000L, midnight);
        record(owner, one, "google_post", true, false, Outcome.FAILED, null, midnight.minusSeconds(3600));
        record(owner, one, "manual:call-back", false, false, Outcome.DONE, 20000L, midnight);
        record(owner, one, "lead_reply", true, false, Outcome.DONE, 55000L, midnight.minusSeconds(2 * 86400));
        record(owner, two, "review_reply", true, false, Outcome.DONE, null, midnight.minusSeconds(86400));
        record(owner, two, "social_post", true, false, Outcome.DONE, 30000L, midnight);
        record(other, UUID.fromString(theirs), "social_post", true, false, Outcome.DONE, 99000L, midnight);
        // a refund takes an attributed sale back (its ledger row goes), and a post found failed later is re-marked
        sql.query("delete from automation_ledger where tenant_id = $1 and business_id = $2 and task_type = 'lead_reply'",
                owner.tenantId(), one);
        sql.query("update automation_ledger set outcome = 'FAILED', revenue_attributed_minor = null"
                + " where tenant_id = $1 and business_id = $2 and ended_at = $3", owner.tenantId(), two,
                midnight.atOffset(ZoneOffset.UTC));

        JsonPath home = owner.as().queryParam("businessId", first).get("/api/v1/home").then().statusCode(200)
                .extract().jsonPath();
        assertThat(home.getLong("recentDays[6].automatedTasks")).isEqualTo(1);
        assertThat(home.getLong("recentDays[6].sandboxTasks")).isEqualTo(1);
        assertThat(home.getLong("recentDays[5].automatedTasks")).isEqualTo(1);
        assertFiguresEqualTheRawLedger(owner, first);
        assertFiguresEqualTheRawLedger(owner, second);
        assertFiguresEqualTheRawLedger(other, theirs);
        // a business that moves to another time zone has its days recounted from its rows
        sql.query("update business set time_zone = 'UTC' where id = $1", two);
        assertFiguresEqualTheRawLedger(owner, second);
    }

    @Test
    void oneCallCarriesThePlanThisWeekAndTheLastSevenDaysAsTheSeparateCallsDo() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Home Salon");
        Instant now = clock.instant();
        currentTenant.runAs(owner.tenantId(), () -> ledger.record(new LedgerRecord(UUID.fromString(businessId),
                "social_post", true, false, Outcome.DONE, null, null, now.minusSeconds(30), now, null,
                "delivery-" + UUID.randomUUID()))).await().atMost(Duration.ofSeconds(10));
        String today = LocalDate.ofInstant(now, ZoneId.of("Asia/Kolkata")).toString();

        JsonPath home = owner.as().get("/api/v1/home").then().statusCode(200)
                .body("businesses.name", hasItem("Home Salon"))
                .body("businessId", equalTo(businessId))
                .body("plan.businessId", equalTo(businessId))
                .body("plan.date", equalTo(today))
                .body("week.period", equalTo("WEEK"))
                .body("recentDays", hasSize(7))
                .body("recentDays[6].date", equalTo(today))
                .body("recentDays[6].automatedTasks", equalTo(1))
                .extract().jsonPath();
        JsonPath week = owner.as().queryParam("period", "WEEK").get("/api/v1/businesses/" + businessId + "/metrics")
                .then().statusCode(200).extract().jsonPath();
        assertThat(home.getMap("week.figures")).isEqualTo(week.getMap("figures"));
        JsonPath plan = owner.as().get("/api/v1/businesses/" + businessId + "/daily-plan").then().statusCode(200)
                .extract().jsonPath();
        assertThat(home.getMap("plan")).isEqualTo(plan.getMap(""));
        assertThat(LocalDate.parse(home.getString("recentDays[0].date")))
                .isEqualTo(LocalDate.parse(today).minusDays(6));
    }

    @Test
    void beforeOnboardingThereIsNoBusinessToShow() {
        Accounts.signup("TRIAL").as().get("/api/v1/home").then().statusCode(200)
                .body("businesses", hasSize(0))
                .body("businessId", nullValue())
                .body("plan", nullValue());
    }

    @Test
    void anotherTenantsBusinessIsNotFoundAndABadIdNamesTheField() {
        Account other = Accounts.signup("TRIAL");
        String theirs = Accounts.createBusiness(other, "Their Salon");
        Account owner = Accounts.signup("TRIAL");
        Accounts.createBusiness(owner, "Our Salon");
        owner.as().queryParam("businessId", theirs).get("/api/v1/home").then().statusCode(404);
        owner.as().queryParam("businessId", "not-a-uuid").get("/api/v1/home").then().statusCode(400)
                .body("errors.field", hasItem("businessId"));
        given().get("/api/v1/home").then().statusCode(401);
    }
}
