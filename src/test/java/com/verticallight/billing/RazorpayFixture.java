package com.verticallight.billing;

import static com.verticallight.support.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;

import com.verticallight.platform.crypto.Hmac;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.WireMockPlatforms;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** A WireMock Razorpay for the product's account, asserting the documented request shapes, and signed webhooks. */
final class RazorpayFixture {

    static final String KEY_ID = "rzp_test_product";
    static final String KEY_SECRET = "product-key-secret";
    static final String WEBHOOK_SECRET = "test-razorpay-webhook-secret";

    private RazorpayFixture() {
    }

    /** Plans: only the documented body with the price in paise, with Basic auth of the product's key. */
    static void stubPlans() {
        for (String[] plan : new String[][] {{"BASIC", "99900"}, {"PREMIUM", "249900"}, {"ENTERPRISE", "2500000"}}) {
            WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/plans"))
                    .withBasicAuth(KEY_ID, KEY_SECRET)
                    .withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson("""
                            {"period":"monthly","interval":1,
                             "item":{"name":"Vertical Light OS %s","amount":%s,"currency":"INR"}}""".formatted(plan[0], plan[1])))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"id\":\"plan_" + plan[0].toLowerCase() + "\",\"entity\":\"plan\"}")));
        }
    }

    /** A subscription for this tenant and plan; answers its id and hosted checkout. */
    static String stubSubscription(UUID tenantId, String plan) {
        String id = "sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/subscriptions"))
                .withBasicAuth(KEY_ID, KEY_SECRET)
                .withRequestBody(matchingJsonPath("$.notes.tenant_id", equalTo(tenantId.toString())))
                .withRequestBody(matchingJsonPath("$.notes.plan", equalTo(plan)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + id + "\",\"entity\":\"subscription\",\"status\":\"created\","
                                + "\"short_url\":\"https://rzp.io/i/" + id + "\"}")));
        return id;
    }

    /** Cancelling any subscription: POST /subscriptions/{id}/cancel with the product's key. */
    static void stubCancel() {
        WireMockPlatforms.server().stubFor(post(urlMatching("/v1/subscriptions/sub_[A-Za-z0-9]+/cancel"))
                .withBasicAuth(KEY_ID, KEY_SECRET)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"entity\":\"subscription\",\"status\":\"cancelled\"}")));
    }

    static String event(String name, String subscriptionId, String paymentId, long amount, Instant start, Instant end) {
        String payment = paymentId == null ? "" : """
                ,"payment":{"entity":{"id":"%s","entity":"payment","amount":%d,"currency":"INR","status":"%s"}}"""
                .formatted(paymentId, amount, name.equals("payment.failed") ? "failed" : "captured");
        return """
                {"entity":"event","account_id":"acc_test","event":"%s","contains":["subscription"],
                 "payload":{"subscription":{"entity":{"id":"%s","entity":"subscription","plan_id":"plan_basic",
                   "status":"active","current_start":%d,"current_end":%d}}%s},
                 "created_at":%d}""".formatted(name, subscriptionId, start.getEpochSecond(), end.getEpochSecond(), payment,
                Instant.now().getEpochSecond());
    }

    static ValidatableResponse deliver(String eventId, String body) {
        return deliver(eventId, body, Hmac.sha256Hex(WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8)));
    }

    static ValidatableResponse deliver(String eventId, String body, String signature) {
        var request = given().contentType("application/json").header("X-Razorpay-Event-Id", eventId).body(body);
        if (signature != null) {
            request = request.header("X-Razorpay-Signature", signature);
        }
        return request.post("/webhooks/razorpay").then();
    }

    /** Checkout of a paid plan, then Razorpay's signed activation: the account is ACTIVE on it. */
    static String subscribe(Account owner, String plan, Instant start, Instant end) {
        stubPlans();
        String subscription = stubSubscription(owner.tenantId(), plan);
        owner.as().body("{\"plan\":\"" + plan + "\"}").post("/api/v1/billing/plan").then().statusCode(200);
        deliver("evt_" + UUID.randomUUID(), event("subscription.activated", subscription, null, 0, start, end))
                .statusCode(200);
        eventually(() -> plan.equals(owner.as().get("/api/v1/billing").then().extract().path("limits.code")),
                "the plan is active");
        return subscription;
    }

}
