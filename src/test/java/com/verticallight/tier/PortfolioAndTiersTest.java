package com.verticallight.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.Outcome;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PortfolioAndTiersTest {

    /** 10 March 2026, 10:00 in Kolkata. */
    private static final Instant MARCH_10 = Instant.parse("2026-03-10T04:30:00Z");

    @Inject
    LedgerService ledger;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Sql sql;

    private void task(Account account, String businessId, String type, boolean automated, Outcome outcome) {
        LedgerRecord record = new LedgerRecord(UUID.fromString(businessId), type, automated, false, outcome,
                automated ? null : 25, null, MARCH_10.minusSeconds(60), MARCH_10, null, "ref-" + UUID.randomUUID());
        currentTenant.runAs(account.tenantId(), () -> ledger.record(record)).await().atMost(Duration.ofSeconds(10));
    }

    private void review(Account account, String businessId, int stars) {
        sql.query("insert into review (id, tenant_id, business_id, platform, platform_review_id, stars, replied, handling,"
                + " first_seen_at) values ($1, $2, $3, 'GOOGLE_BUSINESS_PROFILE', $4, $5, false, 'PERSON', now())",
                UUID.randomUUID(), account.tenantId(), UUID.fromString(businessId), "r-" + UUID.randomUUID(), stars);
    }

    private void dayPlan(Account account, String businessId, String date, String status) {
        sql.query("insert into daily_plan (id, tenant_id, business_id, plan_date, slot, status, trigger, time_zone,"
                + " scheduled_for, created_at) values ($1, $2, $3, $4, 'day', $5, 'SCHEDULED', 'Asia/Kolkata', now(), now())",
                UUID.randomUUID(), account.tenantId(), UUID.fromString(businessId), LocalDate.parse(date), status);
    }

    @Test
    void anEnterpriseSeesEveryOutletWithFiguresComputedFromItsRows() {
        Account chain = Accounts.signup("ENTERPRISE");
        String parkStreet = Accounts.createBusiness(chain, "Park Street");
        String saltLake = Accounts.createBusiness(chain, "Salt Lake");
        // Park Street: 3 automated posts (20 min each) and 1 manual task -> 75.0 %, 1.00 h
        for (int i = 0; i < 3; i++) {
            task(chain, parkStreet, "social_post", true, Outcome.DONE);
        }
        task(chain, parkStreet, "manual:answer-negative-review", false, Outcome.DONE);
        // Salt Lake: 1 automated review reply (10 min) and a failed post (not counted) -> 100.0 %, 0.17 h
        task(chain, saltLake, "review_reply", true, Outcome.DONE);
        task(chain, saltLake, "social_post", true, Outcome.FAILED);
        review(chain, parkStreet, 5);
        review(chain, parkStreet, 4);
        review(chain, parkStreet, 3);
        review(chain, saltLake, 5);
        dayPlan(chain, parkStreet, "2026-03-01", "DONE");
        dayPlan(chain, parkStreet, "2026-03-02", "FAILED");
        dayPlan(chain, parkStreet, "2026-03-03", "PARTIAL");
        dayPlan(chain, parkStreet, "2026-03-04", "SKIPPED");
        dayPlan(chain, parkStreet, "2026-02-28", "DONE");
        dayPlan(chain, saltLake, "2026-03-05", "DONE");

        JsonPath portfolio = chain.as().queryParam("period", "MONTH").queryParam("date", "2026-03-10")
                .get("/api/v1/portfolio").then().statusCode(200).extract().jsonPath();

        String park = "outlets.find { it.name == 'Park Street' }";
        String salt = "outlets.find { it.name == 'Salt Lake' }";
        assertThat(portfolio.getList("outlets")).hasSize(2);
        assertThat(portfolio.getDouble(park + ".automationPercent")).isEqualTo(75.0);
        assertThat(portfolio.getDouble(park + ".hoursSaved")).isEqualTo(1.0);
        assertThat(portfolio.getInt(park + ".reviewCount")).isEqualTo(3);
        assertThat(portfolio.getDouble(park + ".averageRating")).isEqualTo(4.0);
        assertThat(portfolio.getInt(park + ".plansRun")).isEqualTo(3);
        assertThat(portfolio.getInt(park + ".plansDone")).isEqualTo(1);
        assertThat(portfolio.getDouble(park + ".planSuccessPercent")).isCloseTo(33.3, within(1e-6));
        assertThat(portfolio.getDouble(salt + ".automationPercent")).isEqualTo(100.0);
        assertThat(portfolio.getDouble(salt + ".hoursSaved")).isCloseTo(0.17, within(1e-6));
        assertThat(portfolio.getDouble(salt + ".averageRating")).isEqualTo(5.0);
        assertThat(portfolio.getDouble(salt + ".planSuccessPercent")).isEqualTo(100.0);
        // totals from the summed counts: 4 of 5 automated, 17 stars over 4 reviews, 2 of 4 plans done
        assertThat(portfolio.getDouble("totals.automationPercent")).isEqualTo(80.0);
        assertThat(portfolio.getDouble("totals.hoursSaved")).isCloseTo(1.17, within(1e-6));
        assertThat(portfolio.getDouble("totals.averageRating")).isEqualTo(4.25);
        assertThat(portfolio.getDouble("totals.planSuccessPercent")).isEqualTo(50.0);

        chain.as().get("/api/v1/businesses/" + parkStreet + "/analysis-report").then().statusCode(200)
                .body("depth", equalTo("COMPREHENSIVE"))
                .body("tier", equalTo("ENTERPRISE"))
                .body("reviewsByStars.'3'", equalTo(1))
                .body("reviewsByStars.'1'", equalTo(0))
                .body("budgetPlan.method", notNullValue())
                .body("curves[0].source", equalTo("DEFAULT"))
                .body("portfolioTotals.outlets", equalTo(2));
    }

    @Test
    void aLocalAccountGetsForbiddenNamingItsTierAndTheShortReport() {
        Account salon = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(salon, "Glow Salon");

        salon.as().get("/api/v1/portfolio").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("ENTERPRISE tier"))
                .body("detail", containsString("on the LOCAL tier"));
        salon.as().body(Map.of("connectionId", UUID.randomUUID().toString())).post("/api/v1/crm-export")
                .then().statusCode(403).body("detail", containsString("LOCAL"));
        salon.as().get("/api/v1/businesses/" + businessId + "/analysis-report").then().statusCode(200)
                .body("depth", equalTo("SHORT"))
                .body("tier", equalTo("LOCAL"))
                .body("month.businessId", equalTo(businessId))
                .body("budget.strategy", equalTo("bootstrap"))
                .body("budgetPlan", nullValue())
                .body("portfolioTotals", nullValue());
    }

    @Test
    void tiersListTheirFeaturesAndPlanLimitsFromData() {
        Account owner = Accounts.signup("BASIC");

        JsonPath tiers = owner.as().get("/api/v1/tiers").then().statusCode(200).extract().jsonPath();

        String local = "find { it.tier == 'LOCAL' }";
        String enterprise = "find { it.tier == 'ENTERPRISE' }";
        assertThat(tiers.getBoolean(local + ".features.find { it.feature == 'portfolio' }.included")).isFalse();
        assertThat(tiers.getBoolean(enterprise + ".features.find { it.feature == 'portfolio' }.included")).isTrue();
        assertThat(tiers.getList(local + ".plans.code")).containsExactly("TRIAL", "FREE", "BASIC", "PREMIUM");
        assertThat(tiers.getInt(enterprise + ".plans[0].maxLocations"))
                .isEqualTo((int) sql.count("select max_locations from plan where code = 'ENTERPRISE'"));
    }

    @Test
    void aBadPeriodIsAProblemNamingTheField() {
        Account chain = Accounts.signup("ENTERPRISE");
        chain.as().queryParam("period", "YEAR").get("/api/v1/portfolio").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }
}
