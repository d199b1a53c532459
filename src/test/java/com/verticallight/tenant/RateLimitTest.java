package com.verticallight.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Pretends the tenant already made this many requests in the current hour. The clock is first put at half past
     * the hour (after sign-up, so tokens are unaffected): the test's requests fall in the same hour however slowly
     * the machine runs, and never across an hour boundary.
     */
    private void alreadyMade(Account account, int requests) {
        Instant now = clock.instant();
        clock.advance(Duration.between(now, now.truncatedTo(ChronoUnit.HOURS).plus(30, ChronoUnit.MINUTES)));
        sql.query("insert into rate_limit_window (tenant_id, window_start, request_count) values ($1, $2, $3)",
                account.tenantId(), clock.instant().truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC), requests);
    }

    @Test
    void theRequestBeyondTheHourlyLimitIs429WithRetryAfter() {
        Account owner = Accounts.signup("BASIC"); // 1,000 requests per hour
        alreadyMade(owner, 998);

        owner.as().get("/api/v1/tenant").then().statusCode(200)
                .header("X-RateLimit-Limit", "1000")
                .header("X-RateLimit-Remaining", "1");
        owner.as().get("/api/v1/tenant").then().statusCode(200).header("X-RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(owner.as().get("/api/v1/tenant").then().statusCode(429)
                .contentType("application/problem+json")
                .body("limit", equalTo("api_requests_per_hour"))
                .body("allowed", equalTo(1000))
                .header("Retry-After", notNullValue())
                .extract().header("Retry-After"));
        org.assertj.core.api.Assertions.assertThat(retryAfter).isBetween(1L, 3600L);
    }

    @Test
    void theLimitIsPerTenant() {
        Account busy = Accounts.signup("BASIC");
        Account quiet = Accounts.signup("BASIC");
        alreadyMade(busy, 1000);
        busy.as().get("/api/v1/tenant").then().statusCode(429);
        quiet.as().get("/api/v1/tenant").then().statusCode(200);
    }

    @Test
    void theNextHourStartsAFreshCount() {
        Account owner = Accounts.signup("BASIC");
        alreadyMade(owner, 1000);
        owner.as().get("/api/v1/tenant").then().statusCode(429);
        clock.advance(Duration.ofHours(1));
        owner.as().get("/api/v1/tenant").then().statusCode(200).header("X-RateLimit-Remaining", "999");
    }

    @Test
    void enterprisePlansGetTenTimesTheRequests() {
        Account chain = Accounts.signup("ENTERPRISE");
        alreadyMade(chain, 1000);
        chain.as().get("/api/v1/tenant").then().statusCode(200).header("X-RateLimit-Limit", "10000");
    }

    @Test
    void usageShowsRequestsThisHour() {
        Account owner = Accounts.signup("BASIC");
        alreadyMade(owner, 41);
        owner.as().get("/api/v1/tenant/usage").then().statusCode(200)
                .body("limits.find { it.limit == 'api_requests_per_hour' }.used", equalTo(42));
        given().get("/api/v1/tenant/usage").then().statusCode(401);
    }
}
