package com.verticallight.tenant;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenantResourceTest {

    @Test
    void plansListPricesAndLimitsFromTheSeeds() {
        Account owner = Accounts.signup("TRIAL");
        owner.as().get("/api/v1/plans").then().statusCode(200)
                .body("code", contains("TRIAL", "FREE", "BASIC", "PREMIUM", "ENTERPRISE"))
                .body("find { it.code == 'BASIC' }.monthlyPriceMinor", equalTo(99900))
                .body("find { it.code == 'BASIC' }.maxApiRequestsPerHour", equalTo(1000))
                .body("find { it.code == 'ENTERPRISE' }.maxApiRequestsPerHour", equalTo(10000))
                .body("find { it.code == 'ENTERPRISE' }.maxTeamMembers", equalTo(50));
    }

    @Test
    void usageCountsWhatTheTenantHas() {
        Account owner = Accounts.signup("BASIC");
        Accounts.createBusiness(owner, "One");
        Accounts.invite(owner, "STAFF");
        owner.as().body(Map.of("name", "k", "permissions", java.util.List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(201);
        owner.as().get("/api/v1/tenant/usage").then().statusCode(200)
                .body("plan.code", equalTo("BASIC"))
                .body("limits.find { it.limit == 'locations' }.used", equalTo(1))
                .body("limits.find { it.limit == 'team_members' }.used", equalTo(2))
                .body("limits.find { it.limit == 'team_members' }.allowed", equalTo(3))
                .body("limits.find { it.limit == 'api_keys' }.used", equalTo(1));
    }

    @Test
    void theOwnerRenamesTheTenantAndBadValuesAreNamed() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(Map.of("name", "Glow Studio", "timeZone", "Asia/Kathmandu")).patch("/api/v1/tenant")
                .then().statusCode(200).body("name", equalTo("Glow Studio")).body("timeZone", equalTo("Asia/Kathmandu"));
        owner.as().body(Map.of("currency", "XYZ1", "locale", "!!")).patch("/api/v1/tenant")
                .then().statusCode(400).body("errors.field", contains("currency", "locale"));
        owner.as().get("/api/v1/tenant").then().body("currency", equalTo("INR"));
    }
}
