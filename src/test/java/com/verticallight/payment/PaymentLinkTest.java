package com.verticallight.payment;

import static com.verticallight.support.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.appointment.ReminderFixture.runJobsAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.verticallight.appointment.ReminderFixture;
import com.verticallight.job.JobRunner;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.platform.crypto.Hmac;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentLinkTest {

    private static final String SECRET = "business-webhook-secret";

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String razorpay(Account owner, String businessId, String keyId, String mode) {
        return owner.as().body(Map.of("kind", "RAZORPAY", "mode", mode, "platformIds", Map.of(),
                        "credentials", Map.of("keyId", keyId, "keySecret", "secret-of-" + keyId, "webhookSecret", SECRET)))
                .post("/api/v1/businesses/" + businessId + "/connections").then().statusCode(201).extract().path("id");
    }


    @Test
    void aReminderGetsARazorpayLinkAndIsPaidWhenTheSignedWebhookSaysSo() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Link salon");
        String keyId = "rzp_live_" + UUID.randomUUID().toString().substring(0, 8);
        String connectionId = razorpay(owner, businessId, keyId, "LIVE");
        String linkId = "plink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/payment_links"))
                .withBasicAuth(keyId, "secret-of-" + keyId)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + linkId + "\",\"status\":\"created\",\"amount\":150000,"
                                + "\"short_url\":\"https://rzp.io/i/" + linkId + "\"}")));
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(5);

        var created = owner.as().body(Map.of("phone", "+919830011122", "name", "Asha Sen", "amountMinor", 150000,
                        "currency", "INR", "dueDate", due.toString(), "description", "Bridal package balance",
                        "razorpayLink", true))
                .post("/api/v1/businesses/" + businessId + "/payment-requests")
                .then().statusCode(201).body("paymentLink", equalTo("https://rzp.io/i/" + linkId))
                .body("razorpayLinkId", equalTo(linkId)).body("paymentLinkMode", equalTo("LIVE"))
                .extract().jsonPath();
        String paymentId = created.getString("id");
        long expireBy = due.plusDays(30).atTime(23, 59).atZone(ZoneId.of("Asia/Kolkata")).toEpochSecond();
        WireMockPlatforms.server().verify(1, postRequestedFor(urlEqualTo("/v1/payment_links"))
                .withBasicAuth(new BasicCredentials(keyId, "secret-of-" + keyId))
                .withRequestBody(equalToJson("""
                        {"amount":150000,"currency":"INR","accept_partial":false,"description":"Bridal package balance",
                         "reference_id":"%s","expire_by":%d,
                         "customer":{"name":"Asha Sen","contact":"+919830011122"},
                         "notify":{"sms":false,"email":false},"reminder_enable":false}""".formatted(paymentId, expireBy))));

        String body = """
                {"entity":"event","event":"payment_link.paid","contains":["payment_link","order","payment"],
                 "payload":{"payment_link":{"entity":{"id":"%s","amount":150000,"amount_paid":150000,"status":"paid",
                   "reference_id":"%s"}},
                  "payment":{"entity":{"id":"pay_%s","amount":150000,"currency":"INR","status":"captured"}}}}"""
                .formatted(linkId, paymentId, linkId);
        String url = "/webhooks/razorpay/connections/" + connectionId;
        // a wrong signature is refused and stores nothing
        given().header("X-Razorpay-Signature", "f".repeat(64)).header("X-Razorpay-Event-Id", "evt_" + linkId)
                .body(body).post(url).then().statusCode(401);
        assertThat(sql.count("select count(*) from webhook_event where external_id = $1", "evt_" + linkId)).isZero();

        String signature = Hmac.sha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 2; i++) {
            given().header("X-Razorpay-Signature", signature).header("X-Razorpay-Event-Id", "evt_" + linkId)
                    .body(body).post(url).then().statusCode(200).body("new", equalTo(i == 0 ? 1 : 0));
        }
        eventually(() -> "PAID".equals(owner.as().get("/api/v1/payment-requests/" + paymentId).then().extract()
                .path("status")), "the request is paid");
        owner.as().get("/api/v1/payment-requests/" + paymentId).then().body("paidVia", equalTo("RAZORPAY"))
                .body("pendingReminders.size()", equalTo(0));
        // the ledger holds the collected amount once, for ROI and referrals
        assertThat(sql.count("select count(*) from automation_ledger where reference = $1 and revenue_attributed_minor = 150000",
                "payment-link:" + linkId)).isEqualTo(1);
    }

    @Test
    void anOpenRequestGetsALinkLaterAndTheWhatsAppReminderCarriesIt() throws Exception {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String keyId = "rzp_live_" + UUID.randomUUID().toString().substring(0, 8);
        razorpay(f.owner(), f.businessId(), keyId, "LIVE");
        String linkId = "plink_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v1/payment_links"))
                .withBasicAuth(keyId, "secret-of-" + keyId)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + linkId + "\",\"status\":\"created\",\"amount\":150000,"
                                + "\"short_url\":\"https://rzp.io/i/" + linkId + "\"}")));
        String phone = ReminderFixture.uniquePhone();
        LocalDate due = LocalDate.now(f.zone()).plusDays(5);
        String id = f.owner().as().body(Map.of("phone", phone, "name", "Asha Sen", "amountMinor", 150000,
                        "currency", "INR", "dueDate", due.toString(), "paymentLink", "https://pay.example/typed",
                        "description", "Bridal package balance"))
                .post("/api/v1/businesses/" + f.businessId() + "/payment-requests").then().statusCode(201)
                .extract().path("id");

        f.owner().as().post("/api/v1/payment-requests/" + id + "/payment-link").then().statusCode(200)
                .body("paymentLink", equalTo("https://rzp.io/i/" + linkId)).body("razorpayLinkId", equalTo(linkId));
        f.owner().as().post("/api/v1/payment-requests/" + id + "/payment-link").then().statusCode(409);
        WireMockPlatforms.server().verify(1, postRequestedFor(urlEqualTo("/v1/payment_links"))
                .withBasicAuth(new BasicCredentials(keyId, "secret-of-" + keyId))
                .withRequestBody(matchingJsonPath("$.reference_id", WireMock.equalTo(id)))
                .withRequestBody(matchingJsonPath("$.amount", WireMock.equalTo("150000"))));

        // the first reminder (3 days before the due date, 10:00 local) sends Razorpay's link on WhatsApp
        runJobsAt(clock, runner, due.minusDays(3).atTime(LocalTime.of(10, 1)).atZone(f.zone()).toInstant());
        assertThat(f.sent()).isNotEmpty();
        JsonNode parameters = new ObjectMapper().readTree(f.sent().get(0).getBodyAsString())
                .path("template").path("components").path(0).path("parameters");
        assertThat(parameters.path(parameters.size() - 1).path("text").asText()).isEqualTo("https://rzp.io/i/" + linkId);
    }

    @Test
    void aSandboxRazorpayRecordsTheLinkAndRefusesToPairWithLiveReminders() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Sandbox salon");
        razorpay(owner, businessId, "rzp_test_sandbox", "SANDBOX");
        var view = owner.as().body(Map.of("phone", "+919830011133", "name", "Ravi", "amountMinor", 5000,
                        "currency", "INR", "dueDate", "2031-01-10", "description", "Haircut", "razorpayLink", true))
                .post("/api/v1/businesses/" + businessId + "/payment-requests")
                .then().statusCode(201).body("paymentLinkMode", equalTo("SANDBOX")).extract().jsonPath();
        assertThat(view.getString("razorpayLinkId")).startsWith("plink_sandbox");
        assertThat(view.getString("paymentLink")).startsWith("https://rzp.io/i/sandbox-");

        ChannelFixtures.whatsapp(owner, businessId, ChannelFixtures.uniqueId(), "LIVE");
        owner.as().body(Map.of("phone", "+919830011133", "amountMinor", 5000, "currency", "INR",
                        "dueDate", "2031-01-10", "description", "Haircut", "razorpayLink", true))
                .post("/api/v1/businesses/" + businessId + "/payment-requests").then().statusCode(409);
        owner.as().body(Map.of("phone", "+919830011133", "amountMinor", 5000, "currency", "INR",
                        "dueDate", "2031-01-10", "description", "Haircut"))
                .post("/api/v1/businesses/" + businessId + "/payment-requests").then().statusCode(400)
                .body("errors[0].field", equalTo("paymentLink"));
    }
}
