package com.verticallight.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.ChannelFixtures.batch;
import static com.verticallight.channel.ChannelFixtures.key;
import static com.verticallight.channel.ChannelFixtures.template;
import static com.verticallight.channel.ChannelFixtures.text;
import static com.verticallight.channel.WebhookTestSupport.deliver;
import static com.verticallight.support.Eventually.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookAndComplianceTest {

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @Inject
    com.verticallight.channel.gateway.DeferredSender deferred;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Setup(Account owner, String pnid, String connection) {
    }

    private Setup liveWhatsApp() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pnid + "/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.OUT" + pnid + "\"}]}")));
        return new Setup(owner, pnid, connection);
    }

    private long webhookEvents(String externalId) {
        return sql.count("select count(*) from webhook_event where external_id = $1", externalId);
    }

    @Test
    void theVerificationHandshakeEchoesTheChallengeOnlyForTheRightToken() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444").get("/webhooks/meta")
                .then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444").get("/webhooks/meta")
                .then().statusCode(403);
    }

    @Test
    void unsignedOrWronglySignedDeliveriesAre401AndStoreNothing() {
        Setup s = liveWhatsApp();
        String wamid = "wamid.IN" + UUID.randomUUID();
        byte[] body = WebhookTestSupport.inboundText(s.pnid(), wamid, "919812345678", "hi").getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json").body(body).post("/webhooks/meta").then().statusCode(401);
        given().contentType("application/json").header("X-Hub-Signature-256", "sha256=" + "0".repeat(64)).body(body)
                .post("/webhooks/meta").then().statusCode(401).contentType("application/problem+json");
        assertThat(webhookEvents(wamid)).isZero();
    }

    @Test
    void freeFormWhatsAppNeedsTheCustomersMessageWithin24Hours() {
        Setup s = liveWhatsApp();
        s.owner().as().body(batch(text(s.connection(), "+919812345678", "Hello!", key()))).post("/api/v1/actions")
                .then().body("results[0].status", equalTo("REFUSED"))
                .body("results[0].errorKind", equalTo("OUTSIDE_WHATSAPP_WINDOW"));
        wiremock.verify(0, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages")));

        String wamid = "wamid.IN" + UUID.randomUUID();
        deliver(WebhookTestSupport.inboundText(s.pnid(), wamid, "919812345678", "Is Saturday free?")).statusCode(200);
        eventually(() -> sql.count("select count(*) from contact_channel where tenant_id = $1 and last_inbound_at is not null",
                s.owner().tenantId()) == 1, "the inbound message is processed");

        s.owner().as().body(batch(text(s.connection(), "+919812345678", "Yes, 11:00 is free", key())))
                .post("/api/v1/actions").then().body("results[0].status", equalTo("SENT"));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"919812345678",
                         "type":"text","text":{"preview_url":false,"body":"Yes, 11:00 is free"}}""")));

        clock.advance(Duration.ofHours(25));
        s.owner().as().body(batch(text(s.connection(), "+919812345678", "Still there?", key())))
                .post("/api/v1/actions").then().body("results[0].status", equalTo("REFUSED"));
    }

    @Test
    void aDeliveryRepeatedThreeTimesIsStoredAndProcessedOnce() {
        Setup s = liveWhatsApp();
        String wamid = "wamid.IN" + UUID.randomUUID();
        String body = WebhookTestSupport.inboundText(s.pnid(), wamid, "919811111111", "hello");
        for (int i = 0; i < 3; i++) {
            deliver(body).statusCode(200);
        }
        assertThat(webhookEvents(wamid)).isOne();
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'whatsapp.message'",
                s.owner().tenantId())).isOne();
    }

    @Test
    void statusesMoveTheDeliveryForwardAndNeverBack() {
        Setup s = liveWhatsApp();
        String deliveryId = s.owner().as().body(batch(template(s.connection(), "+919812345678", "reminder", key())))
                .post("/api/v1/actions").then().body("results[0].status", equalTo("SENT"))
                .extract().path("results[0].deliveryId");
        String wamid = "wamid.OUT" + s.pnid();

        deliver(WebhookTestSupport.status(s.pnid(), wamid, "delivered")).statusCode(200);
        deliver(WebhookTestSupport.status(s.pnid(), wamid, "read")).statusCode(200);
        eventually(() -> "READ".equals(s.owner().as().get("/api/v1/deliveries/" + deliveryId).path("status")),
                "the delivery is READ");
        deliver(WebhookTestSupport.status(s.pnid(), wamid, "delivered")).statusCode(200); // a duplicate, late
        s.owner().as().get("/api/v1/deliveries/" + deliveryId).then().body("status", equalTo("READ"));
    }

    @Test
    void stopOptsTheContactOutConfirmsOnceAndBlocksLaterMessages() {
        Setup s = liveWhatsApp();
        deliver(WebhookTestSupport.inboundText(s.pnid(), "wamid.IN" + UUID.randomUUID(), "919822222222", "STOP"))
                .statusCode(200);
        eventually(() -> wiremock.findAll(postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages"))).size() == 1,
                "the opt-out is confirmed");
        deliver(WebhookTestSupport.inboundText(s.pnid(), "wamid.IN" + UUID.randomUUID(), "919822222222", "stop"))
                .statusCode(200);
        eventually(() -> sql.count("select count(*) from outbox where tenant_id = $1 and published_at is null",
                s.owner().tenantId()) == 0, "the second STOP is processed");

        wiremock.verify(1, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages"))
                .withRequestBody(containing("unsubscribed")));
        s.owner().as().body(batch(template(s.connection(), "+919822222222", "offer", key())))
                .post("/api/v1/actions").then().body("results[0].status", equalTo("REFUSED"))
                .body("results[0].errorKind", equalTo("CONTACT_OPTED_OUT"));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages")));
    }

    @Test
    void aHindiStopOptsOutToo() {
        Setup s = liveWhatsApp();
        deliver(WebhookTestSupport.inboundText(s.pnid(), "wamid.IN" + UUID.randomUUID(), "919833333333", "बंद करें"))
                .statusCode(200);
        eventually(() -> sql.count("select count(*) from contact_channel where tenant_id = $1 and opted_out_at is not null",
                s.owner().tenantId()) == 1, "the contact is opted out");
    }

    @Test
    void quietHoursHoldNonUrgentMessagesUntilMorningAndThenSendThemOnce() {
        Setup s = liveWhatsApp();
        ZonedDateTime tenPm = ZonedDateTime.now(ZoneId.of("Asia/Kolkata")).with(LocalTime.of(22, 0));
        clock.advance(Duration.between(clock.instant(), tenPm.toInstant()));
        Map<String, Object> notUrgent = Map.of("connectionId", s.connection(), "idempotencyKey", key(),
                "action", Map.of("type", "TEMPLATE", "to", "+919844444444", "templateName", "offer", "language", "en"));
        String deliveryId = s.owner().as().body(batch(notUrgent)).post("/api/v1/actions").then()
                .body("results[0].status", equalTo("DEFERRED"))
                .body("results[0].errorKind", equalTo("QUIET_HOURS"))
                .extract().path("results[0].deliveryId");
        deferred.sendDue().await().atMost(Duration.ofSeconds(10));
        wiremock.verify(0, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages")));

        clock.advance(Duration.ofHours(11).plusMinutes(1)); // 09:01 the next morning in Kolkata
        deferred.sendDue().await().atMost(Duration.ofSeconds(10));
        s.owner().as().get("/api/v1/deliveries/" + deliveryId).then().body("status", equalTo("SENT"));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages"))
                .withRequestBody(containing("\"name\":\"offer\"")));
        deferred.sendDue().await().atMost(Duration.ofSeconds(10));
        wiremock.verify(1, postRequestedFor(urlEqualTo("/v21.0/" + s.pnid() + "/messages")));
    }
}
