package com.verticallight.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BusinessResourceTest {

    @Inject
    Sql sql;

    private static Map<String, Object> fullProfile() {
        Map<String, Object> body = new HashMap<>(Accounts.business("Spice Route"));
        body.put("category", "restaurant");
        body.put("addressLine", "12 Camac Street");
        body.put("postalCode", "700017");
        body.put("serviceRadiusKm", 3.5);
        body.put("monthlyBudget", Map.of("amountMinor", 1_500_000, "currency", "INR"));
        body.put("language", "hi");
        body.put("phone", "+919812345678");
        body.put("channelAccounts", Map.of("googleBusinessLocationId", "locations/123", "facebookPageId", "555",
                "instagramAccountId", "1789", "whatsappNumber", "+919812345678"));
        body.put("performance", Map.of("monthlyRevenueMinor", 45_000_000, "customerCount", 1200,
                "averageOrderValueMinor", 65_000));
        body.put("operatingHours", Map.of(
                "MONDAY", List.of(Map.of("opens", "11:00", "closes", "15:00"), Map.of("opens", "18:00", "closes", "23:00")),
                "SUNDAY", List.of()));
        return body;
    }

    @Test
    void aFullProfileIsStoredAndReadBackWithTheCategoryDefaults() {
        Account owner = Accounts.signup("BASIC");
        String id = owner.as().body(fullProfile()).post("/api/v1/businesses")
                .then().statusCode(201).extract().path("id");

        owner.as().get("/api/v1/businesses/" + id).then().statusCode(200)
                .body("category", equalTo("restaurant"))
                .body("monthlyBudget.amountMinor", equalTo(1_500_000))
                .body("monthlyBudget.currency", equalTo("INR"))
                .body("serviceRadiusKm", equalTo(3.5f))
                .body("language", equalTo("hi"))
                .body("timeZone", equalTo("Asia/Kolkata"))
                .body("channelAccounts.whatsappNumber", equalTo("+919812345678"))
                .body("performance.customerCount", equalTo(1200))
                .body("operatingHours.MONDAY[1].opens", equalTo("18:00:00"))
                .body("operatingHours.SUNDAY", hasSize(0))
                .body("categoryConfig.postingWindows.name", contains("breakfast", "lunch", "dinner"))
                .body("categoryConfig.postingWindows[1].start", equalTo("11:00:00"));
    }

    @Test
    void radiusDefaultsToFiveKilometresAndBudgetToZeroInTheTenantCurrency() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(Accounts.business("Plain")).post("/api/v1/businesses").then().statusCode(201)
                .body("serviceRadiusKm", equalTo(5.0f))
                .body("monthlyBudget.amountMinor", equalTo(0))
                .body("monthlyBudget.currency", equalTo("INR"))
                .body("categoryConfig.postingWindows.name", contains("morning", "evening"));
    }

    @Test
    void validationNamesEachBadFieldAndStoresNothing() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = new HashMap<>(fullProfile());
        body.put("latitude", 91.0);
        body.put("longitude", -181.0);
        body.put("country", "India");
        body.put("phone", "98123");
        body.put("serviceRadiusKm", 0);
        body.put("timeZone", "IST");
        body.put("monthlyBudget", Map.of("amountMinor", -5, "currency", "RUP"));
        body.put("name", " ");
        owner.as().body(body).post("/api/v1/businesses").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("latitude", "longitude", "country", "phone", "serviceRadiusKm",
                        "timeZone", "monthlyBudget.amountMinor", "monthlyBudget.currency", "name"));
        assertThat(sql.count("select count(*) from business where tenant_id = $1", owner.tenantId())).isZero();
    }

    @Test
    void overlappingOrBackwardsOpeningHoursAreRejected() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = new HashMap<>(Accounts.business("Hours"));
        body.put("operatingHours", Map.of(
                "FRIDAY", List.of(Map.of("opens", "09:00", "closes", "14:00"), Map.of("opens", "13:00", "closes", "20:00")),
                "SATURDAY", List.of(Map.of("opens", "20:00", "closes", "09:00"))));
        owner.as().body(body).post("/api/v1/businesses").then().statusCode(400)
                .body("errors.field", hasItems("operatingHours.FRIDAY", "operatingHours.SATURDAY[0]"));
    }

    @Test
    void wrongTypesUnknownValuesAndBrokenJsonAre400() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = new HashMap<>(Accounts.business("Types"));
        body.put("latitude", "north");
        owner.as().body(body).post("/api/v1/businesses").then().statusCode(400)
                .body("errors[0].field", equalTo("latitude"));
        body = new HashMap<>(Accounts.business("Types"));
        body.put("category", "spaceship");
        owner.as().body(body).post("/api/v1/businesses").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        body = new HashMap<>(Accounts.business("Types"));
        body.put("operatingHours", Map.of("FUNDAY", List.of()));
        owner.as().body(body).post("/api/v1/businesses").then().statusCode(400)
                .body("errors[0].field", equalTo("operatingHours"));
        owner.as().body("{\"name\": ").post("/api/v1/businesses").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        owner.as().get("/api/v1/businesses/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        assertThat(sql.count("select count(*) from business where tenant_id = $1", owner.tenantId())).isZero();
    }

    @Test
    void anOversizedBodyIs413() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = new HashMap<>(Accounts.business("x".repeat(2_000_000)));
        owner.as().body(body).post("/api/v1/businesses").then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        assertThat(sql.count("select count(*) from business where tenant_id = $1", owner.tenantId())).isZero();
    }

    @Test
    void aLocalPlanHasOneLocationAndEnterpriseHasMany() {
        Account local = Accounts.signup("PREMIUM");
        Accounts.createBusiness(local, "Only one");
        local.as().body(Accounts.business("Second")).post("/api/v1/businesses").then().statusCode(403)
                .contentType("application/problem+json")
                .body("limit", equalTo("locations"))
                .body("allowed", equalTo(1));
        assertThat(sql.count("select count(*) from business where tenant_id = $1", local.tenantId())).isOne();

        Account chain = Accounts.signup("ENTERPRISE");
        for (int i = 0; i < 3; i++) {
            Accounts.createBusiness(chain, "Outlet " + i);
        }
        chain.as().get("/api/v1/tenant/usage").then().statusCode(200)
                .body("plan.code", equalTo("ENTERPRISE"))
                .body("limits.find { it.limit == 'locations' }.used", equalTo(3))
                .body("limits.find { it.limit == 'locations' }.allowed", equalTo(100));
    }

    @Test
    void replacingAndDeletingAProfile() {
        Account owner = Accounts.signup("BASIC");
        String id = Accounts.createBusiness(owner, "Before");
        Map<String, Object> body = new HashMap<>(Accounts.business("After"));
        body.put("category", "clinic");
        owner.as().body(body).put("/api/v1/businesses/" + id).then().statusCode(200)
                .body("name", equalTo("After")).body("category", equalTo("clinic"));
        owner.as().delete("/api/v1/businesses/" + id).then().statusCode(204);
        owner.as().get("/api/v1/businesses/" + id).then().statusCode(404);
        Accounts.createBusiness(owner, "Room again"); // the location is free again
    }

    @Test
    void theCategoryConfigurationIsEditablePerBusiness() {
        Account owner = Accounts.signup("BASIC");
        String id = Accounts.createBusiness(owner, "Config");
        Map<String, Object> config = Map.of(
                "automationPriorities", List.of("appointment_reminders"),
                "contentThemes", List.of("bridal_makeup"),
                "postingWindows", List.of(Map.of("name", "late", "start", "20:00", "end", "21:30")));
        owner.as().body(config).put("/api/v1/businesses/" + id + "/category-config").then().statusCode(200);
        owner.as().get("/api/v1/businesses/" + id + "/category-config").then().statusCode(200)
                .body("contentThemes", contains("bridal_makeup"))
                .body("postingWindows[0].end", equalTo("21:30:00"));

        Map<String, Object> backwards = Map.of("automationPriorities", List.of(), "contentThemes", List.of(),
                "postingWindows", List.of(Map.of("name", "bad", "start", "21:00", "end", "20:00")));
        owner.as().body(backwards).put("/api/v1/businesses/" + id + "/category-config").then().statusCode(400)
                .body("errors[0].field", equalTo("postingWindows[0]"));
        owner.as().get("/api/v1/categories").then().statusCode(200)
                .body("keySet()", hasItem("home_service"))
                .body("restaurant.postingWindows.start", contains("07:00:00", "11:00:00", "18:00:00"));
    }

    @Test
    void quietHoursAreOptionalAndMayWrapMidnight() {
        Account owner = Accounts.signup("BASIC");
        String id = Accounts.createBusiness(owner, "Quiet");
        owner.as().get("/api/v1/businesses/" + id).then().statusCode(200).body("quietHours", nullValue());

        Map<String, Object> body = new HashMap<>(Accounts.business("Quiet"));
        body.put("quietHours", Map.of("start", "22:30", "end", "08:00"));
        owner.as().body(body).put("/api/v1/businesses/" + id).then().statusCode(200)
                .body("quietHours.start", equalTo("22:30:00"))
                .body("quietHours.end", equalTo("08:00:00"));

        body.put("quietHours", Map.of("start", "21:00", "end", "21:00"));
        owner.as().body(body).put("/api/v1/businesses/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("quietHours"));
        body.put("quietHours", Map.of("start", "21:00"));
        owner.as().body(body).put("/api/v1/businesses/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("quietHours.end"));
        owner.as().get("/api/v1/businesses/" + id).then().statusCode(200).body("quietHours.end", equalTo("08:00:00"));
    }
}
