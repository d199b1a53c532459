package com.verticallight.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.channel.ChannelKind;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ManualTaskResourceTest {

    @Inject
    ManualTaskService manualTasks;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Sql sql;

    private static String open(Account account, String businessId, Map<String, Object> body) {
        return account.as().body(body).post("/api/v1/businesses/" + businessId + "/manual-tasks")
                .then().statusCode(201).extract().path("id");
    }

    private ManualTaskView fromFailure(Account account, UUID business, ChannelKind channel, String kind, String message,
            String reference) {
        return currentTenant.runAs(account.tenantId(),
                () -> manualTasks.fromFailure(business, channel, kind, message, reference))
                .await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void aTaskOpenedFromGuidanceCarriesItsStepsAndIsDoneWithALedgerEntry() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Glow Salon");
        var created = owner.as().body(Map.of("guidanceKey", "answer-negative-review", "reason", "2-star review from Ravi",
                        "priority", "HIGH", "trigger", "Review of 12 March, 2 stars", "reference", "review-42"))
                .post("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("title", equalTo("Answer a negative review"))
                .body("estimatedMinutes", equalTo(20))
                .body("guidance.steps", hasSize(greaterThan(3)))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/manual-tasks/" + id);

        owner.as().get("/api/v1/manual-tasks/" + id).then().statusCode(200)
                .body("reason", equalTo("2-star review from Ravi"))
                .body("priority", equalTo("HIGH"))
                .body("trigger", equalTo("Review of 12 March, 2 stars"))
                .body("reference", equalTo("review-42"))
                .body("guidanceKey", equalTo("answer-negative-review"))
                .body("guidance.talkingPoints", hasSize(greaterThan(0)));
        owner.as().post("/api/v1/manual-tasks/" + id + "/start").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("startedAt", notNullValue());
        owner.as().post("/api/v1/manual-tasks/" + id + "/start").then().statusCode(409)
                .contentType("application/problem+json");
        owner.as().body(Map.of("minutesSpent", 25)).post("/api/v1/manual-tasks/" + id + "/complete").then()
                .statusCode(200).body("status", equalTo("DONE")).body("minutesSpent", equalTo(25))
                .body("completedAt", notNullValue());

        owner.as().queryParam("automated", "false").get("/api/v1/ledger").then().statusCode(200)
                .body("taskType", contains("manual:answer-negative-review"))
                .body("[0].minutesSpent", equalTo(25))
                .body("[0].sandbox", equalTo(false))
                .body("[0].outcome", equalTo("DONE"))
                .body("[0].reference", equalTo(id))
                .body("[0].businessId", equalTo(businessId));
        owner.as().body(Map.of("minutesSpent", 5)).post("/api/v1/manual-tasks/" + id + "/complete").then()
                .statusCode(409);
        owner.as().body(Map.of("reason", "late")).post("/api/v1/manual-tasks/" + id + "/dismiss").then()
                .statusCode(409);
        owner.as().post("/api/v1/manual-tasks/" + id + "/start").then().statusCode(409);
        assertThat(sql.count("select count(*) from automation_ledger where reference = $1", id)).isEqualTo(1);
    }

    @Test
    void dismissingNeedsAReasonAndEndsTheTask() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Dismissals");
        String id = open(owner, businessId, Map.of("guidanceKey", "supplier-negotiation"));

        owner.as().body(Map.of("reason", " ")).post("/api/v1/manual-tasks/" + id + "/dismiss").then().statusCode(400)
                .body("errors[0].field", containsString("reason"));
        owner.as().body(Map.of("reason", "Supplier changed already")).post("/api/v1/manual-tasks/" + id + "/dismiss")
                .then().statusCode(200).body("status", equalTo("DISMISSED"))
                .body("dismissedReason", equalTo("Supplier changed already"));
        owner.as().body(Map.of("minutesSpent", 5)).post("/api/v1/manual-tasks/" + id + "/complete").then()
                .statusCode(409);
        assertThat(sql.count("select count(*) from automation_ledger where reference = $1", id)).isZero();
    }

    @Test
    void theQueueListsMostUrgentFirstAndFiltersByStatus() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Queue");
        open(owner, businessId, Map.of("guidanceKey", "local-community-event", "priority", "LOW"));
        String urgent = open(owner, businessId, Map.of("guidanceKey", "complex-complaint", "priority", "HIGH"));
        open(owner, businessId, Map.of("guidanceKey", "supplier-negotiation"));
        owner.as().post("/api/v1/manual-tasks/" + urgent + "/start").then().statusCode(200);

        owner.as().get("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(200)
                .body("priority", contains("HIGH", "MEDIUM", "LOW"))
                .body("[0].guidance", nullValue());
        owner.as().queryParam("status", "in_progress").get("/api/v1/businesses/" + businessId + "/manual-tasks")
                .then().statusCode(200).body("id", contains(urgent));
        owner.as().queryParam("status", "LATER").get("/api/v1/businesses/" + businessId + "/manual-tasks")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void badRequestsAreNamedAndOtherTenantsTasksAreNotFound() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Guarded");
        owner.as().body(Map.of("guidanceKey", "")).post("/api/v1/businesses/" + businessId + "/manual-tasks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("guidanceKey"));
        owner.as().body(Map.of("guidanceKey", "juggling")).post("/api/v1/businesses/" + businessId + "/manual-tasks")
                .then().statusCode(400).body("errors[0].field", equalTo("guidanceKey"));
        owner.as().body(Map.of("guidanceKey", "complex-complaint", "priority", "URGENT"))
                .post("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("priority"));
        owner.as().body(Map.of("guidanceKey", "complex-complaint"))
                .post("/api/v1/businesses/" + UUID.randomUUID() + "/manual-tasks").then().statusCode(404);
        owner.as().get("/api/v1/manual-tasks/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(sql.count("select count(*) from manual_task where tenant_id = $1", owner.tenantId())).isZero();

        String id = open(owner, businessId, Map.of("guidanceKey", "complex-complaint"));
        Map<String, Object> negative = new HashMap<>();
        negative.put("minutesSpent", -3);
        owner.as().body(negative).post("/api/v1/manual-tasks/" + id + "/complete").then().statusCode(400)
                .body("errors[0].field", containsString("minutesSpent"));
        owner.as().body(Map.of()).post("/api/v1/manual-tasks/" + id + "/complete").then().statusCode(400)
                .body("errors[0].field", containsString("minutesSpent"));

        Account other = Accounts.signup("BASIC");
        other.as().get("/api/v1/manual-tasks/" + id).then().statusCode(404);
        other.as().post("/api/v1/manual-tasks/" + id + "/start").then().statusCode(404);
        other.as().body(Map.of("minutesSpent", 1)).post("/api/v1/manual-tasks/" + id + "/complete").then().statusCode(404);
        other.as().body(Map.of("reason", "x")).post("/api/v1/manual-tasks/" + id + "/dismiss").then().statusCode(404);
        other.as().get("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(404);
        owner.as().get("/api/v1/manual-tasks/" + id).then().statusCode(200).body("status", equalTo("OPEN"));

        Account staff = Accounts.invite(owner, "STAFF");
        staff.as().body(Map.of("guidanceKey", "complex-complaint"))
                .post("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(403);
        staff.as().post("/api/v1/manual-tasks/" + id + "/start").then().statusCode(200);
    }

    @Test
    void anExpiredChannelTokenOpensOneReconnectTaskPerReference() {
        Account owner = Accounts.signup("BASIC");
        UUID business = UUID.fromString(Accounts.createBusiness(owner, "Connected"));

        ManualTaskView first = fromFailure(owner, business, ChannelKind.FACEBOOK_PAGE, "AUTH_EXPIRED",
                "Error validating access token: Session has expired", "connection-1");
        assertThat(first.guidanceKey()).isEqualTo("reconnect-facebook-page");
        assertThat(first.priority()).isEqualTo(Priority.HIGH);
        assertThat(first.reason()).contains("Session has expired");
        assertThat(first.trigger()).contains("AUTH_EXPIRED");
        assertThat(first.guidance().steps()).isNotEmpty();

        ManualTaskView again = fromFailure(owner, business, ChannelKind.FACEBOOK_PAGE, "AUTH_EXPIRED",
                "Session has expired", "connection-1");
        assertThat(again.id()).isEqualTo(first.id());
        ManualTaskView otherReference = fromFailure(owner, business, ChannelKind.FACEBOOK_PAGE, "AUTH_EXPIRED",
                "Session has expired", "connection-2");
        assertThat(otherReference.id()).isNotEqualTo(first.id());
        assertThat(fromFailure(owner, business, ChannelKind.GOOGLE_BUSINESS_PROFILE, "AUTH_EXPIRED", null, null)
                .guidanceKey()).isEqualTo("reconnect-google-business-profile");
        assertThat(fromFailure(owner, business, ChannelKind.WHATSAPP, "TRANSIENT", "timeout", "x")).isNull();

        owner.as().get("/api/v1/businesses/" + business + "/manual-tasks").then().statusCode(200)
                .body("guidanceKey", containsInAnyOrder("reconnect-facebook-page", "reconnect-facebook-page",
                        "reconnect-google-business-profile"));

        // once the first is done, the same failure opens a new one
        owner.as().body(Map.of("minutesSpent", 12)).post("/api/v1/manual-tasks/" + first.id() + "/complete").then()
                .statusCode(200);
        assertThat(fromFailure(owner, business, ChannelKind.FACEBOOK_PAGE, "AUTH_EXPIRED", "expired", "connection-1")
                .id()).isNotEqualTo(first.id());
    }
}
