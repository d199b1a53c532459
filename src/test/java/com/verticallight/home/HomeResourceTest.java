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
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
