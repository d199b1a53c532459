package com.verticallight.crm;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {

    @Inject
    Sql sql;

    private static Map<String, Object> contact(String name, String phone, String email, String... tags) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("email", email);
        body.put("tags", List.of(tags));
        return body;
    }

    private static String create(Account account, Map<String, Object> body) {
        return account.as().body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    }

    @Test
    void aNationalPhoneIsStoredInE164AndTheContactReadsBack() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = contact(" Asha Sen ", "098123 45678", "Asha@Example.in", "VIP", " bridal ", "vip");
        body.put("language", "hi");
        var created = owner.as().body(body).post("/api/v1/contacts").then().statusCode(201)
                .body("phone", equalTo("+919812345678"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/contacts/" + id);

        owner.as().get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("name", equalTo("Asha Sen"))
                .body("phone", equalTo("+919812345678"))
                .body("email", equalTo("Asha@Example.in"))
                .body("language", equalTo("hi"))
                .body("tags", contains("vip", "bridal"))
                .body("channels", hasSize(0))
                .body("createdAt", notNullValue());
        assertThat(sql.query("select phone_e164 from contact where id = $1", UUID.fromString(id))
                .get(0).getString(0)).isEqualTo("+919812345678");
    }

    @Test
    void badFieldsAreNamedAndNothingIsStored() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = contact("X", "98123", "not-an-email", "ok", "<script>");
        body.put("language", "??");
        owner.as().body(body).post("/api/v1/contacts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("email", "language", "tags[1]"));
        owner.as().body(contact("X", "98123", null)).post("/api/v1/contacts").then().statusCode(400)
                .body("errors.field", contains("phone"))
                .body("errors[0].message", containsString("IN"));
        owner.as().body(contact("Nobody", " ", null)).post("/api/v1/contacts").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("phone", "email"));
        owner.as().body("{\"phone\": [1]}").post("/api/v1/contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        assertThat(sql.count("select count(*) from contact where tenant_id = $1", owner.tenantId())).isZero();
    }

    @Test
    void aPhoneOrEmailIsUniqueWithinATenantButNotAcrossTenants() {
        Account owner = Accounts.signup("BASIC");
        create(owner, contact("Asha", "+91 98123 45678", "asha@example.in"));
        owner.as().body(contact("Copy", "098123-45678", null)).post("/api/v1/contacts").then().statusCode(409)
                .contentType("application/problem+json");
        owner.as().body(contact("Copy", null, "ASHA@example.IN")).post("/api/v1/contacts").then().statusCode(409);
        String other = create(owner, contact("Ravi", "9830012345", null));
        owner.as().body(contact("Ravi", "9812345678", null)).put("/api/v1/contacts/" + other).then().statusCode(409);
        owner.as().body(contact("Ravi", "9830012345", "ravi@example.in")).put("/api/v1/contacts/" + other)
                .then().statusCode(200).body("email", equalTo("ravi@example.in"));

        Account elsewhere = Accounts.signup("BASIC");
        create(elsewhere, contact("Asha", "09812345678", "asha@example.in"));
        assertThat(sql.count("select count(*) from contact where tenant_id = $1", owner.tenantId())).isEqualTo(2);
    }

    @Test
    void theListFiltersByTagSearchesAndPages() {
        Account owner = Accounts.signup("BASIC");
        create(owner, contact("Asha Sen", "9812345678", "asha@example.in", "vip"));
        create(owner, contact("Ravi Das", "9830012345", null, "vip", "regular"));
        create(owner, contact("Meera_Roy", null, "meera@salon.in", "regular"));

        owner.as().queryParam("tag", "VIP").get("/api/v1/contacts").then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", contains("Asha Sen", "Ravi Das"));
        owner.as().queryParam("tag", "vi").get("/api/v1/contacts").then().body("total", equalTo(0));
        owner.as().queryParam("q", "ravi").get("/api/v1/contacts").then().body("items.name", contains("Ravi Das"));
        owner.as().queryParam("q", "098123").get("/api/v1/contacts").then().body("items.name", contains("Asha Sen"));
        owner.as().queryParam("q", "SALON.IN").get("/api/v1/contacts").then().body("items.name", contains("Meera_Roy"));
        owner.as().queryParam("q", "_").get("/api/v1/contacts").then().body("items.name", contains("Meera_Roy"));
        owner.as().queryParam("q", "%").get("/api/v1/contacts").then().body("total", equalTo(0));
        owner.as().queryParam("q", "regular").queryParam("tag", "regular").get("/api/v1/contacts").then()
                .body("total", equalTo(0));

        owner.as().queryParam("limit", 2).get("/api/v1/contacts").then().statusCode(200)
                .body("total", equalTo(3)).body("limit", equalTo(2)).body("items", hasSize(2));
        owner.as().queryParam("limit", 2).queryParam("offset", 2).get("/api/v1/contacts").then()
                .body("items.name", contains("Meera_Roy")).body("offset", equalTo(2));
        owner.as().queryParam("limit", 0).get("/api/v1/contacts").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        owner.as().queryParam("limit", 500).queryParam("offset", -1).get("/api/v1/contacts").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("limit", "offset"));
    }

    @Test
    void replacingAndDeletingAContact() {
        Account owner = Accounts.signup("BASIC");
        String id = create(owner, contact("Before", "9812345678", null, "old"));
        owner.as().body(contact("After", null, "after@example.in", "new")).put("/api/v1/contacts/" + id)
                .then().statusCode(200)
                .body("name", equalTo("After")).body("phone", nullValue()).body("tags", contains("new"));
        owner.as().delete("/api/v1/contacts/" + id).then().statusCode(204);
        owner.as().get("/api/v1/contacts/" + id).then().statusCode(404).contentType("application/problem+json");
        owner.as().delete("/api/v1/contacts/" + id).then().statusCode(404);
        create(owner, contact("Before again", "9812345678", null));
    }

    @Test
    void consentOptOutAndResubscribingOnlyWithNewConsent() {
        Account owner = Accounts.signup("BASIC");
        String id = create(owner, contact("Asha", "9812345678", null));
        String channel = "/api/v1/contacts/" + id + "/channels/WHATSAPP";

        owner.as().body(Map.of("source", "Booking form tick box")).put(channel + "/consent").then().statusCode(200)
                .body("channels[0].channel", equalTo("WHATSAPP"))
                .body("channels[0].consentSource", equalTo("Booking form tick box"))
                .body("channels[0].consentAt", notNullValue())
                .body("channels[0].optedOutAt", nullValue());
        owner.as().body(Map.of("source", " ")).put(channel + "/consent").then().statusCode(400)
                .body("errors[0].field", equalTo("source"));

        String optedOutAt = owner.as().body(Map.of("reason", "Asked at the counter")).post(channel + "/opt-out")
                .then().statusCode(200)
                .body("channels[0].optOutReason", equalTo("Asked at the counter"))
                .extract().path("channels[0].optedOutAt");
        assertThat(optedOutAt).isNotNull();
        owner.as().body(Map.of()).post(channel + "/opt-out").then().statusCode(200)
                .body("channels[0].optedOutAt", equalTo(optedOutAt))
                .body("channels[0].optOutReason", equalTo("Asked at the counter"));

        owner.as().delete(channel + "/opt-out").then().statusCode(409).contentType("application/problem+json");
        owner.as().body(Map.of("source", "Replied YES to the follow-up call")).put(channel + "/consent")
                .then().statusCode(200).body("channels[0].optedOutAt", equalTo(optedOutAt));
        owner.as().delete(channel + "/opt-out").then().statusCode(200)
                .body("channels[0].optedOutAt", nullValue())
                .body("channels[0].consentSource", equalTo("Replied YES to the follow-up call"));

        owner.as().body(Map.of("reason", "x")).post("/api/v1/contacts/" + id + "/channels/PIGEON/opt-out")
                .then().statusCode(404);
        owner.as().body(Map.of("source", "x")).put("/api/v1/contacts/" + UUID.randomUUID()
                + "/channels/SMS_TWILIO/consent").then().statusCode(404);
        assertThat(sql.count("select count(*) from contact_channel where contact_id = $1", UUID.fromString(id)))
                .isOne();
    }

    @Test
    void anotherTenantSeesNoneOfItAndCannotTouchIt() {
        Account a = Accounts.signup("BASIC");
        String id = create(a, contact("A's customer", "9812345678", "a@example.in", "vip"));
        Account b = Accounts.signup("BASIC");

        b.as().get("/api/v1/contacts/" + id).then().statusCode(404);
        b.as().body(contact("Hijack", "9812345678", null)).put("/api/v1/contacts/" + id).then().statusCode(404);
        b.as().delete("/api/v1/contacts/" + id).then().statusCode(404);
        b.as().body(Map.of("reason", "x")).post("/api/v1/contacts/" + id + "/channels/WHATSAPP/opt-out")
                .then().statusCode(404);
        b.as().get("/api/v1/contacts").then().statusCode(200).body("total", equalTo(0));
        b.as().queryParam("q", "9812345678").get("/api/v1/contacts").then().body("items", hasSize(0));

        a.as().get("/api/v1/contacts/" + id).then().statusCode(200)
                .body("name", equalTo("A's customer")).body("channels", hasSize(0));
    }

    @Test
    void readingNeedsBusinessReadAndWritingBusinessWrite() {
        Account owner = Accounts.signup("BASIC");
        String id = create(owner, contact("Asha", "9812345678", null));
        Account viewer = Accounts.invite(owner, "VIEWER");
        viewer.as().get("/api/v1/contacts/" + id).then().statusCode(200);
        viewer.as().get("/api/v1/contacts").then().statusCode(200).body("total", equalTo(1));
        viewer.as().body(contact("Other", "9830012345", null)).post("/api/v1/contacts").then().statusCode(403);
        viewer.as().delete("/api/v1/contacts/" + id).then().statusCode(403);
        given().get("/api/v1/contacts").then().statusCode(401);
    }
}
