package com.verticallight.channel;

import static com.verticallight.support.Eventually.eventually;
import static io.restassured.RestAssured.given;

import com.verticallight.platform.crypto.Hmac;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds and signs Meta webhook deliveries as Meta does, and waits for asynchronous processing. */
public final class WebhookTestSupport {

    public static final String APP_SECRET = "test-meta-app-secret";

    private WebhookTestSupport() {
    }

    public static String inboundText(String phoneNumberId, String wamid, String fromDigits, String text) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","metadata":{"display_phone_number":"919830000000","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"Asha Sen"},"wa_id":"%s"}],
                 "messages":[{"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]}}]}]}"""
                .formatted(phoneNumberId, fromDigits, fromDigits, wamid, Instant.now().getEpochSecond(), text);
    }

    public static String status(String phoneNumberId, String wamid, String status) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"WABA1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","metadata":{"display_phone_number":"919830000000","phone_number_id":"%s"},
                 "statuses":[{"id":"%s","status":"%s","timestamp":"%d","recipient_id":"919812345678"}]}}]}]}"""
                .formatted(phoneNumberId, wamid, status, Instant.now().getEpochSecond());
    }

    public static ValidatableResponse deliver(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return given().contentType("application/json").header("X-Hub-Signature-256",
                "sha256=" + Hmac.sha256Hex(APP_SECRET, bytes)).body(bytes)
                .post("/webhooks/meta").then();
    }

}
