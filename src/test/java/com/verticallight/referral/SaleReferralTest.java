package com.verticallight.referral;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.platform.json.JsonText;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SaleReferralTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    Account owner;
    String business;
    final String phoneNumberId = ChannelFixtures.uniqueId();
    final String placeId = "ChIJ" + ChannelFixtures.uniqueId();

    @BeforeEach
    void signUp() {
        owner = Accounts.signup("PREMIUM");
        business = Accounts.createBusiness(owner, "Glow Referral Salon");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private WireMockServer wireMock() {
        return WireMockPlatforms.server();
    }

    private void runDue() {
        runner.runDue("instance-a").await().atMost(Duration.ofSeconds(60));
    }

    private String messages() {
        return "/v21.0/" + phoneNumberId + "/messages";
    }

    private void whatsappAccepts() {
        ChannelFixtures.whatsapp(owner, business, phoneNumberId, "LIVE");
        wireMock().stubFor(post(urlEqualTo(messages())).willReturn(okJson(
                "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid." + phoneNumberId + "\"}]}")));
    }

    private void settings(String trigger) {
        owner.as().body(Map.of("googlePlaceId", placeId, "referralTrigger", trigger))
                .put("/api/v1/businesses/" + business + "/referral-settings").then().statusCode(200)
                .body("reviewLink", equalTo("https://search.google.com/local/writereview?placeid=" + placeId))
                .body("reviewRequestDelayMinutes", equalTo(120));
    }

    /** Moves the clock to the first local noon at least this long from now, outside quiet hours. */
    private void advanceToNoonAfter(Duration atLeast) {
        ZonedDateTime earliest = clock.instant().plus(atLeast).atZone(KOLKATA);
        ZonedDateTime noon = earliest.toLocalDate().atTime(12, 0).atZone(KOLKATA);
        if (noon.isBefore(earliest)) {
            noon = noon.plusDays(1);
        }
        clock.advance(Duration.between(clock.instant(), noon.toInstant()));
    }

    private List<LoggedRequest> sent() {
        return wireMock().findAll(postRequestedFor(urlEqualTo(messages())));
    }

    /** The gateway's deliveries to customers (a platform timeout under load may make one delivery two attempts). */
    @SuppressWarnings("unchecked")
    private List<String> deliveries() {
        JsonPath all = owner.as().get("/api/v1/deliveries").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = all.getList("");
        return rows.stream().map(d -> JsonPath.from((String) ((List<Map<String, Object>>) d.get("requests")).get(0)
                .get("body")).getString("template.name") + ":" + d.get("status")).toList();
    }

    private JsonPath sale(Map<String, Object> body, int status) {
        return owner.as().body(body).post("/api/v1/businesses/" + business + "/sales").then().statusCode(status)
                .extract().jsonPath();
    }

    @Test
    void aSaleSendsTheThankYouWithTheReviewLinkAfterTheDelayOnce() {
        whatsappAccepts();
        settings("OFF");
        JsonPath sale = sale(Map.of("phone", "+919830011111", "name", "Asha Roy", "amountMinor", 150000,
                "currency", "INR", "externalId", "bill-1"), 201);
        assertThat(sale.getString("reviewRequestStatus")).isEqualTo("SCHEDULED");
        sale(Map.of("phone", "+919830011111", "name", "Asha Roy", "amountMinor", 150000, "currency", "INR",
                "externalId", "bill-1"), 200);

        clock.advance(Duration.ofMinutes(110));
        runDue();
        assertThat(sent()).as("not before the delay").isEmpty();

        advanceToNoonAfter(Duration.ofMinutes(15));
        runDue();
        runDue();
        assertThat(deliveries()).containsExactly("review_request:SENT");
        wireMock().verify(com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly(1),
                postRequestedFor(urlEqualTo(messages())).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"919830011111","type":"template",
                 "template":{"name":"review_request","language":{"code":"en"},"components":[{"type":"body",
                 "parameters":[{"type":"text","text":"Asha"},{"type":"text","text":"Glow Referral Salon"},
                 {"type":"text","text":"https://search.google.com/local/writereview?placeid=%s"}]}]}}
                """.formatted(placeId))));
        owner.as().get("/api/v1/ledger?businessId=" + business).then().statusCode(200)
                .body("findAll { it.taskType == 'review_request' && it.automated && !it.sandbox }.size()", equalTo(1));
    }

    @Test
    void aCustomerAskedForAReviewIsNotAskedAgainWithinTheCooldown() {
        whatsappAccepts();
        settings("OFF");
        Map<String, Object> asha = Map.of("phone", "+919830022222", "name", "Asha Roy", "amountMinor", 90000,
                "currency", "INR");
        assertThat(sale(asha, 201).getString("reviewRequestStatus")).isEqualTo("SCHEDULED");
        assertThat(sale(asha, 201).getString("reviewRequestStatus")).as("an ask is pending").isEqualTo("RECENTLY_ASKED");

        advanceToNoonAfter(Duration.ofHours(3));
        runDue();
        assertThat(deliveries()).containsExactly("review_request:SENT");

        clock.advance(Duration.ofDays(30));
        assertThat(sale(asha, 201).getString("reviewRequestStatus")).as("asked 30 days ago").isEqualTo("RECENTLY_ASKED");
        clock.advance(Duration.ofDays(61));
        assertThat(sale(asha, 201).getString("reviewRequestStatus")).as("asked 91 days ago").isEqualTo("SCHEDULED");
        advanceToNoonAfter(Duration.ofHours(3));
        runDue();
        assertThat(deliveries()).containsExactly("review_request:SENT", "review_request:SENT");
    }

    @Test
    void aReferralCodeSentAfterASaleIsAttributedOnALaterSaleAndCounted() {
        whatsappAccepts();
        settings("AFTER_SALE");
        String asha = sale(Map.of("phone", "+919830022222", "name", "Asha", "amountMinor", 90000, "currency", "INR",
                "marketingConsent", true), 201).getString("contactId");
        advanceToNoonAfter(Duration.ofMinutes(121));
        runDue();
        runDue();

        assertThat(deliveries()).as("one review request and one code, each delivered once")
                .containsExactlyInAnyOrder("review_request:SENT", "referral_code:SENT");
        List<LoggedRequest> requests = sent();
        Map<?, ?> referral = requests.stream().map(r -> JsonText.read(r.getBodyAsString(), Map.class))
                .filter(body -> "referral_code".equals(((Map<?, ?>) body.get("template")).get("name")))
                .findFirst().orElseThrow();
        String code = JsonPath.from(JsonText.write(referral)).getString("template.components[0].parameters[2].text");
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");

        JsonPath referred = sale(Map.of("phone", "+919830033333", "name", "Ravi", "amountMinor", 250000,
                "currency", "INR", "referralCode", code.toLowerCase()), 201);
        assertThat(referred.getString("referrerContactId")).isEqualTo(asha);
        assertThat(referred.getString("referralCode")).isEqualTo(code);
        sale(Map.of("phone", "+919830022222", "amountMinor", 1000, "currency", "INR", "referralCode", code), 400);
        sale(Map.of("phone", "+919830044444", "amountMinor", 1000, "currency", "INR", "referralCode", "ZZZZ2222"), 400);

        owner.as().get("/api/v1/ledger?businessId=" + business).then().statusCode(200)
                .body("findAll { it.taskType == 'referral_request' && it.automated && !it.sandbox }.size()", equalTo(1))
                .body("find { it.taskType == 'referral_conversion' }.revenueAttributedMinor", equalTo(250000))
                .body("find { it.taskType == 'referral_conversion' }.automated", equalTo(true));
        LocalDate today = LocalDate.ofInstant(clock.instant(), KOLKATA);
        owner.as().get("/api/v1/businesses/" + business + "/referrals/stats?period=DAY&date=" + today).then()
                .statusCode(200)
                .body("codesSent", equalTo(1))
                .body("salesUsingCodes", equalTo(1))
                .body("codesUsed", equalTo(1))
                .body("referredRevenue[0].amountMinor", equalTo(250000))
                .body("referredRevenue[0].currency", equalTo("INR"))
                .body("conversionRate", equalTo(100.0f));
        owner.as().get("/api/v1/businesses/" + business + "/referrals/stats?period=DAY&date="
                + today.minusDays(3)).then().statusCode(200)
                .body("codesSent", equalTo(0)).body("salesUsingCodes", equalTo(0));
        owner.as().get("/api/v1/businesses/" + business + "/referrals/stats?period=YEAR").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void anImportIsIdempotentByExternalIdAndOldSalesAreNotAskedAbout() {
        String csv = """
                externalId,phone,name,amountMinor,currency,occurredAt
                pos-1,+919830055555,"Roy, Meena",50000,INR,%s
                pos-2,+919830066666,Kabir,70000,INR,%s
                """.formatted(Instant.parse("2025-01-05T10:00:00Z"), clock.instant());
        String url = "/api/v1/businesses/" + business + "/sales/import";
        owner.as().contentType("text/csv").body(csv).post(url).then().statusCode(200)
                .body("created", equalTo(2)).body("alreadyRecorded", equalTo(0))
                .body("sales[0].reviewRequestStatus", equalTo("TOO_OLD"))
                .body("sales[1].reviewRequestStatus", equalTo("SCHEDULED"));
        owner.as().contentType("text/csv").body(csv).post(url).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyRecorded", equalTo(2));
        owner.as().body(Map.of("sales", List.of(Map.of("phone", "+919830077777", "amountMinor", 1, "currency", "INR"))))
                .post(url).then().statusCode(400).body("errors[0].field", equalTo("sales[0].externalId"));
        owner.as().body(Map.of("sales", List.of(Map.of("externalId", "x", "phone", "+919830077777", "amountMinor", 1,
                "currency", "INR", "referralCode", "NOPE")))).post(url).then().statusCode(400)
                .body("errors[0].field", equalTo("sales[0].referralCode"));
        owner.as().get("/api/v1/jobs?correlation=sale:" + owner.as().body(Map.of("sales", List.of(Map.of(
                "externalId", "pos-2", "phone", "+919830066666", "amountMinor", 70000, "currency", "INR"))))
                .post(url).then().statusCode(200).extract().path("sales[0].id")).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].kind", equalTo("review.request"));
    }
}
