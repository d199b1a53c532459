package com.verticallight.lead;

import static com.verticallight.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import com.verticallight.job.JobRunner;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadNurturingTest {

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDueJobs() {
        runner.runDue("lead-test").await().atMost(Duration.ofSeconds(30));
    }

    private long ledger(LeadFixture f, String taskType, boolean automated) {
        return sql.count("select count(*) from automation_ledger where tenant_id = $1 and task_type = $2 and automated = $3",
                f.owner().tenantId(), taskType, automated);
    }

    @Test
    void aNewLeadIsAnsweredWithTheWelcomeTemplateWithinTheRequest() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        var lead = f.newLead(Map.of("name", "Asha", "phone", phone, "message", "Can I book a slot today?"))
                .statusCode(201)
                .body("status", equalTo("CONTACTED"))
                .body("priority", equalTo("HIGH"))
                .body("labels", hasItems("urgent", "booking"))
                .body("matchedRules.reason", hasItem("The contact wants to book"))
                .body("replyChannel", equalTo("WHATSAPP"))
                .body("history.toStatus", hasItems("NEW", "CONTACTED"))
                .body("pendingFollowUps", hasSize(2))
                .body("pendingFollowUps[1].templateName", equalTo("lead_last_follow_up"))
                .extract().jsonPath();
        Instant created = Instant.parse(lead.getString("createdAt"));
        assertThat(Instant.parse(lead.getString("pendingFollowUps[0].runAt"))).isEqualTo(created.plus(Duration.ofHours(24)));
        assertThat(Instant.parse(lead.getString("pendingFollowUps[1].runAt"))).isEqualTo(created.plus(Duration.ofHours(72)));

        WireMockPlatforms.server().verify(1, f.template(phone, "lead_welcome"));
        assertThat(f.messagesSent()).isOne();
        assertThat(ledger(f, "lead_reply", true)).isOne();
    }

    @Test
    void followUpsGoOutAt24And72HoursAndNotBefore() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        String leadId = f.newLead(Map.of("name", "Ravi", "phone", phone, "message", "Hello")).statusCode(201)
                .extract().path("id");

        clock.advance(Duration.ofHours(23).plusMinutes(50));
        runDueJobs();
        assertThat(f.messagesSent()).isOne();

        clock.advance(Duration.ofMinutes(11));
        runDueJobs();
        WireMockPlatforms.server().verify(1, f.template(phone, "lead_follow_up"));
        assertThat(f.messagesSent()).isEqualTo(2);

        clock.advance(Duration.ofHours(47).plusMinutes(50));
        runDueJobs();
        assertThat(f.messagesSent()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(11));
        runDueJobs();
        WireMockPlatforms.server().verify(1, f.template(phone, "lead_last_follow_up"));
        assertThat(f.messagesSent()).isEqualTo(3);
        assertThat(ledger(f, "lead_follow_up", true)).isEqualTo(2);
        f.owner().as().get("/api/v1/leads/" + leadId).then().statusCode(200)
                .body("status", equalTo("CONTACTED"))
                .body("pendingFollowUps", empty())
                .body("history.cause", hasItem(containsString("Follow-up 2 as WhatsApp template lead_last_follow_up")));
    }

    @Test
    void aFollowUpThatAnOutageKeepsFromGoingOutIsRetriedByItsJobAndSentOnceWhenThePlatformIsBack() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        String leadId = f.newLead(Map.of("name", "Meera", "phone", phone, "message", "Hello")).statusCode(201)
                .extract().path("id");
        String key = "lead:" + leadId + ":follow-up:1";
        // WhatsApp is down when the first follow-up is due, for longer than the in-call retries
        var outage = WireMockPlatforms.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/v21.0/" + f.pnid() + "/messages"))
                .atPriority(1).willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)
                        .withBody("{\"error\":{\"message\":\"Service unavailable\",\"code\":2}}")));
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        runDueJobs();
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and idempotency_key = $2 "
                + "and status = 'PENDING'", f.owner().tenantId(), key)).as("the follow-up waits for another round").isOne();
        assertThat(sql.count("select count(*) from delivery where tenant_id = $1 and idempotency_key = $2 "
                + "and status = 'FAILED'", f.owner().tenantId(), key)).isOne();

        int triedDuringTheOutage = WireMockPlatforms.server().findAll(f.template(phone, "lead_follow_up")).size();
        assertThat(triedDuringTheOutage).as("the in-call retries").isPositive();

        WireMockPlatforms.server().removeStub(outage); // back up: the next round goes out, once
        clock.advance(Duration.ofMinutes(10));
        runDueJobs();
        runDueJobs();
        assertThat(WireMockPlatforms.server().findAll(f.template(phone, "lead_follow_up")))
                .hasSize(triedDuringTheOutage + 1);
        assertThat(sql.count("select count(*) from delivery where tenant_id = $1 and idempotency_key = $2 "
                + "and status = 'SENT' and send_round = 2", f.owner().tenantId(), key)).isOne();
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and idempotency_key = $2 "
                + "and status = 'DONE'", f.owner().tenantId(), key)).isOne();
    }

    @Test
    void aReplyBeforeDayOneCancelsBothFollowUpsAndEngagesTheLead() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        String leadId = f.newLead(Map.of("name", "Meera", "phone", phone, "message", "Price of a haircut?"))
                .statusCode(201).body("priority", equalTo("MEDIUM")).extract().path("id");

        clock.advance(Duration.ofHours(3));
        f.inbound(clock, phone, "Yes please, Saturday morning").statusCode(200);
        eventually(() -> "ENGAGED".equals(f.owner().as().get("/api/v1/leads/" + leadId).path("status")),
                "the lead is ENGAGED");

        f.owner().as().get("/api/v1/leads/" + leadId).then()
                .body("pendingFollowUps", empty())
                .body("history.cause", hasItem(containsString("Replied on WHATSAPP: \"Yes please, Saturday morning\";"
                        + " 2 pending follow-ups cancelled")));
        assertThat(sql.count("select count(*) from job where correlation = $1 and status = 'CANCELLED'", "lead:" + leadId))
                .isEqualTo(2);
        clock.advance(Duration.ofHours(73));
        runDueJobs();
        assertThat(f.messagesSent()).as("only the welcome went out").isOne();
        assertThat(sql.count("select count(*) from lead where tenant_id = $1", f.owner().tenantId()))
                .as("a reply is not a new lead").isOne();
    }

    @Test
    void anOptedOutContactGetsNothing() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        String contactId = f.owner().as().body(Map.of("name", "Kabir", "phone", phone)).post("/api/v1/contacts")
                .then().statusCode(201).extract().path("id");
        f.owner().as().body(Map.of("reason", "Asked in person")).post("/api/v1/contacts/" + contactId
                + "/channels/WHATSAPP/opt-out").then().statusCode(200);

        String leadId = f.newLead(Map.of("phone", phone, "message", "Book me in")).statusCode(201)
                .body("contact.id", equalTo(contactId))
                .body("status", equalTo("NEW"))
                .body("pendingFollowUps", empty())
                .body("history.cause", hasItem(containsString("refused, the contact opted out; 2 pending follow-ups cancelled")))
                .extract().path("id");

        assertThat(sql.count("select count(*) from delivery where tenant_id = $1 and status = 'REFUSED'"
                + " and error_kind = 'CONTACT_OPTED_OUT'", f.owner().tenantId())).isOne();
        clock.advance(Duration.ofHours(73));
        runDueJobs();
        assertThat(f.messagesSent()).isZero();
        assertThat(ledger(f, "lead_reply", true) + ledger(f, "lead_follow_up", true)).isZero();
        f.owner().as().get("/api/v1/leads/" + leadId).then().body("status", equalTo("NEW"));
    }

    @Test
    void aWhatsAppMessageFromANewNumberIsALeadAnsweredInsideTheWindow() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        f.inbound(clock, phone, "Do you do bridal makeup?").statusCode(200);
        eventually(() -> f.messagesSent() == 1, "the new lead is answered");

        WireMockPlatforms.server().verify(1, f.messages().withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                .equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"text",
                         "text":{"preview_url":false,"body":"Hello Asha Sen, thank you for contacting %s! We have your enquiry and will get back to you shortly."}}"""
                        .formatted(phone.substring(1), f.businessName()))));
        String contacted = "/api/v1/businesses/" + f.businessId() + "/leads?status=CONTACTED";
        eventually(() -> f.owner().as().get(contacted).jsonPath().getList("").size() == 1,
                "the lead is CONTACTED once the reply's outcome is recorded");
        f.owner().as().get(contacted).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].source", equalTo("WHATSAPP"))
                .body("[0].message", equalTo("Do you do bridal makeup?"));
        assertThat(ledger(f, "lead_reply", true)).isOne();
    }

    @Test
    void aWebsiteFormLeadIsAnsweredOnce() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String key = f.owner().as().get("/api/v1/businesses/" + f.businessId()).then().extract().path("leadFormKey");
        String phone = LeadFixture.phone();
        io.restassured.RestAssured.given().contentType("application/json").header("Idempotency-Key", "form-" + UUID.randomUUID())
                .body(Map.of("name", "Riya", "phone", phone, "message", "Hair spa price?", "consent", true))
                .post("/public/lead-forms/" + key).then().statusCode(202);

        eventually(() -> f.messagesSent() == 1, "the form lead is answered");
        WireMockPlatforms.server().verify(1, f.template(phone, "lead_welcome"));
        f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads").then()
                .body("", hasSize(1)).body("[0].source", equalTo("FORM")).body("[0].labels", hasItem("price_enquiry"))
                .body("[0].contactName", equalTo("Riya")).body("[0].contactPhone", equalTo(phone));
        // the thread shows the words the template sent, not its name
        String contactId = f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads").then()
                .extract().path("[0].contactId");
        f.owner().as().get("/api/v1/contacts/" + contactId + "/conversation").then().statusCode(200)
                .body("messages[0].text", org.hamcrest.Matchers.startsWith("Hello, thank you for contacting "))
                .body("messages[0].text", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("[template")));
    }

    @Test
    void theOwnerRepliesByHandInsideTheWindowAndSeesTheConversation() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String phone = LeadFixture.phone();
        f.inbound(clock, phone, "Is Sunday open?").statusCode(200);
        eventually(() -> f.messagesSent() == 1, "the new lead is answered");
        String contactId = f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads").then()
                .extract().path("[0].contactId");

        f.owner().as().body(Map.of("text", "Yes, 10 to 6", "channel", "WHATSAPP"))
                .post("/api/v1/contacts/" + contactId + "/messages").then().statusCode(200)
                .body("status", equalTo("SENT"));

        WireMockPlatforms.server().verify(1, f.messages().withRequestBody(containingJson("Yes, 10 to 6")));
        assertThat(ledger(f, "lead_manual_reply", false)).isOne();
        f.owner().as().get("/api/v1/contacts/" + contactId + "/conversation").then().statusCode(200)
                .body("messages", hasSize(3))
                .body("messages.direction", equalTo(java.util.List.of("IN", "OUT", "OUT")))
                .body("messages[0].text", equalTo("Is Sunday open?"))
                .body("messages[2].text", equalTo("Yes, 10 to 6"))
                .body("messages[2].status", equalTo("SENT"));
    }

    @Test
    void aReplyByHandGoesOutDuringQuietHours() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        clock.advance(Duration.ofHours(12)); // 23:00 in the business's time zone: quiet hours (21:00-09:00)
        String phone = LeadFixture.phone();
        f.inbound(clock, phone, "Are you still open?").statusCode(200);
        eventually(() -> f.messagesSent() == 1, "the new lead is answered");
        String contactId = f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads").then()
                .extract().path("[0].contactId");

        f.owner().as().body(Map.of("text", "Closed now, open at 10 tomorrow", "channel", "WHATSAPP"))
                .post("/api/v1/contacts/" + contactId + "/messages").then().statusCode(200)
                .body("status", equalTo("SENT"));
        WireMockPlatforms.server().verify(1, f.messages().withRequestBody(containingJson("Closed now, open at 10 tomorrow")));
    }

    @Test
    void theOwnersStatusChangeIsKeptWithItsCauseAndEndsTheFollowUps() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String leadId = f.newLead(Map.of("phone", LeadFixture.phone(), "message", "hi")).statusCode(201)
                .extract().path("id");
        f.owner().as().body(Map.of("status", "QUALIFIED", "note", "Wants a bridal package"))
                .put("/api/v1/leads/" + leadId + "/status").then().statusCode(200)
                .body("status", equalTo("QUALIFIED"))
                .body("pendingFollowUps", empty())
                .body("history[-1].fromStatus", equalTo("CONTACTED"))
                .body("history[-1].cause", equalTo("Changed by the owner: Wants a bridal package; 2 pending follow-ups cancelled"));
        f.owner().as().body(Map.of("status", "NEW")).put("/api/v1/leads/" + leadId + "/status").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
        f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads?status=nonsense").then().statusCode(400);
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern containingJson(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.text.body", equalToString(text));
    }

    private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalToString(String text) {
        return com.github.tomakehurst.wiremock.client.WireMock.equalTo(text);
    }
}
