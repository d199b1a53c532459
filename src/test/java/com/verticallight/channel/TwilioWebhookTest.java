package com.verticallight.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.ChannelFixtures.batch;
import static com.verticallight.channel.ChannelFixtures.key;
import static com.verticallight.support.Eventually.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.channel.connector.twilio.TwilioSignature;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TwilioWebhookTest {

    private static final String AUTH_TOKEN = "twilio-auth-token-secret";

    @Inject
    Sql sql;

    private String connectTwilio(Account owner, String accountSid) {
        return ChannelFixtures.connect(owner, ChannelFixtures.businessOf(owner), "SMS_TWILIO",
                Map.of("from", "+15005550006"), Map.of("accountSid", accountSid, "authToken", AUTH_TOKEN), "LIVE");
    }

    private static String url(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    private static io.restassured.response.ValidatableResponse postSigned(String path, Map<String, String> form,
            String signature) {
        return given().contentType("application/x-www-form-urlencoded").formParams(form)
                .header("X-Twilio-Signature", signature).post(path).then();
    }

    @Test
    void aSignedInboundSmsIsStoredOnceAndAWrongSignatureIsRefused() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String connection = connectTwilio(owner, "AC" + UUID.randomUUID().toString().replace("-", ""));
        String path = "/webhooks/twilio/" + connection + "/messages";
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> form = Map.of("MessageSid", sid, "From", "+919855555555", "To", "+15005550006",
                "Body", "STOP");

        postSigned(path, form, "bm90LXRoZS1zaWduYXR1cmU=").statusCode(401);
        assertThat(sql.count("select count(*) from webhook_event where external_id = $1", sid)).isZero();

        String signature = TwilioSignature.compute(AUTH_TOKEN, url(path), form);
        postSigned(path, form, signature).statusCode(200);
        postSigned(path, form, signature).statusCode(200);
        assertThat(sql.count("select count(*) from webhook_event where external_id = $1", sid)).isOne();
        eventually(() -> sql.count("select count(*) from contact_channel where tenant_id = $1 and channel = 'SMS_TWILIO'"
                + " and opted_out_at is not null", owner.tenantId()) == 1, "the SMS STOP opts the contact out");
    }

    @Test
    void aMalformedUnsignedFormIsRefusedWithAProblemNotA500() {
        String malformed = "MessageSid=SM%zz&Body=%E0%A4&From=%";
        for (String kind : java.util.List.of("messages", "status")) {
            given().contentType("application/x-www-form-urlencoded").body(malformed)
                    .post("/webhooks/twilio/" + UUID.randomUUID() + "/" + kind).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        Account owner = ChannelFixtures.tenantWithBusiness();
        String connection = connectTwilio(owner, "AC" + UUID.randomUUID().toString().replace("-", ""));
        for (String kind : java.util.List.of("messages", "status")) {
            given().contentType("application/x-www-form-urlencoded").body(malformed)
                    .post("/webhooks/twilio/" + connection + "/" + kind).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
            given().contentType("application/x-www-form-urlencoded").body("MessageSid=SM1%00x")
                    .header("X-Twilio-Signature", "bm90LXRoZS1zaWduYXR1cmU=")
                    .post("/webhooks/twilio/" + connection + "/" + kind).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
        }
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        given().contentType("application/x-www-form-urlencoded").body("MessageSid=" + sid + "&Body=hi")
                .post("/webhooks/twilio/" + connection + "/messages").then().statusCode(401);
        assertThat(sql.count("select count(*) from webhook_event where external_id = $1", sid)).isZero();
    }

    @Test
    void aStatusCallbackMarksTheSmsDelivered() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String accountSid = "AC" + UUID.randomUUID().toString().replace("-", "");
        String connection = connectTwilio(owner, accountSid);
        String messageSid = "SM" + UUID.randomUUID().toString().replace("-", "");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + accountSid + "/Messages.json"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\":\"" + messageSid + "\",\"status\":\"queued\"}")));
        String deliveryId = owner.as().body(batch(Map.of("connectionId", connection, "idempotencyKey", key(),
                "urgent", true, "action", Map.of("type", "TEXT", "to", "+919866666666", "text", "Your order is ready"))))
                .post("/api/v1/actions").then().body("results[0].status", equalTo("SENT"))
                .extract().path("results[0].deliveryId");

        String path = "/webhooks/twilio/" + connection + "/status";
        Map<String, String> form = Map.of("MessageSid", messageSid, "MessageStatus", "delivered",
                "AccountSid", accountSid);
        postSigned(path, form, TwilioSignature.compute(AUTH_TOKEN, url(path), form)).statusCode(200);
        eventually(() -> "DELIVERED".equals(owner.as().get("/api/v1/deliveries/" + deliveryId).path("status")),
                "the delivery is DELIVERED");
    }
}
