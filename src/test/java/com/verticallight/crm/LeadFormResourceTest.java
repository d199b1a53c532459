package com.verticallight.crm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadFormResourceTest {

    @Inject
    Sql sql;

    private record Form(Account owner, String key) {
    }

    private static Form formOfNewBusiness() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> business = new HashMap<>(Accounts.business("Glow"));
        business.put("website", "https://glow-salon.example/book");
        String key = owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("leadFormKey");
        return new Form(owner, key);
    }

    @Test
    void aVisitorsLeadBecomesAContactWithConsentAndALeadEvent() {
        Form form = formOfNewBusiness();
        given().contentType("application/json").header("Origin", "https://glow-salon.example")
                .body(Map.of("name", "Riya Das", "phone", "098300 11223", "message", "Bridal makeup on 12 Dec?",
                        "consent", true))
                .post("/public/lead-forms/" + form.key())
                .then().statusCode(202)
                .header("Access-Control-Allow-Origin", "https://glow-salon.example");

        form.owner().as().get("/api/v1/contacts?q=Riya").then().statusCode(200)
                .body("items[0].phone", equalTo("+919830011223"))
                .body("items[0].channels.channel", hasItem("WHATSAPP"));
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'form.lead'",
                form.owner().tenantId())).isOne();
    }

    @Test
    void anotherSitesOriginGetsNoCorsAndBadInputIsNamed() {
        Form form = formOfNewBusiness();
        given().contentType("application/json").header("Origin", "https://evil.example")
                .body(Map.of("name", "X", "email", "x@example.in"))
                .post("/public/lead-forms/" + form.key())
                .then().statusCode(202).header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://glow-salon.example").options("/public/lead-forms/" + form.key())
                .then().statusCode(204).header("Access-Control-Allow-Origin", "https://glow-salon.example");
        given().contentType("application/json").body(Map.of("name", "No way to reach me"))
                .post("/public/lead-forms/" + form.key()).then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        given().contentType("application/json").body(Map.of("name", "X", "phone", "12"))
                .post("/public/lead-forms/" + form.key()).then().statusCode(400);
        given().contentType("application/json").body(Map.of("name", "X", "phone", "+919830011223"))
                .post("/public/lead-forms/unknown-form").then().statusCode(404);
    }

    @Test
    void aLeadWithANulCharacterIsRefusedNamingTheFieldsAndNothingIsStored() {
        Form form = formOfNewBusiness();
        given().contentType("application/json")
                .body(Map.of("name", "Riya\u0000Das", "phone", "098300 11224", "message", "Hello\u0007there",
                        "page", "/book"))
                .post("/public/lead-forms/" + form.key())
                .then().statusCode(400).contentType("application/problem+json")
                // the strict JSON reader stops at the first text with a control character it meets
                .body("errors.field", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()))
                .body("errors.field", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.isOneOf("name", "message")));
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1", form.owner().tenantId()))
                .as("nothing accepted that would fail later").isZero();
        assertThat(sql.count("select count(*) from contact where tenant_id = $1", form.owner().tenantId())).isZero();

        given().contentType("application/json")
                .body(Map.of("name", "Riya Das", "phone", "098300 11224", "message", "Two lines:\nbridal\tmakeup"))
                .post("/public/lead-forms/" + form.key())
                .then().statusCode(202);
    }

    @Test
    void aFormTakesALimitedNumberOfSubmissionsPerHour() {
        Form form = formOfNewBusiness();
        sql.query("insert into lead_form_window (form_key, window_start, request_count) values ($1, $2, 100)",
                form.key(), java.time.Instant.now().truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC));
        given().contentType("application/json").body(Map.of("name", "Late", "phone", "+919830099999"))
                .post("/public/lead-forms/" + form.key()).then().statusCode(429)
                .contentType("application/problem+json")
                // seconds until the hour's window frees: at least 1, at most an hour
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]{0,3}"))
                .header("Retry-After", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        String retryAfter = given().contentType("application/json").body(Map.of("name", "Later", "phone", "+919830099998"))
                .post("/public/lead-forms/" + form.key()).then().statusCode(429).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
    }

    @Test
    void theSameSubmissionRetriedWithItsIdempotencyKeyIsStoredOnce() {
        Form form = formOfNewBusiness();
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").header("Idempotency-Key", "sub-1")
                    .body(Map.of("name", "Once", "phone", "+919830077777"))
                    .post("/public/lead-forms/" + form.key()).then().statusCode(202);
        }
        assertThat(sql.count("select count(*) from webhook_event where tenant_id = $1 and source = 'FORM'",
                form.owner().tenantId())).isOne();
    }
}
