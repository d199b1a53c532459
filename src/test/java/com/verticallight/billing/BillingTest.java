package com.verticallight.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.billing.RazorpayFixture.deliver;
import static com.verticallight.billing.RazorpayFixture.event;
import static com.verticallight.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.verticallight.appointment.ReminderFixture;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BillingTest {

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

    private static JsonPath billing(Account owner) {
        return owner.as().get("/api/v1/billing").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> invoices(Account owner) {
        return owner.as().get("/api/v1/billing/invoices").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aNewAccountTrialsAndAPaidPlanNeedsACheckoutConfirmedBySignedWebhook() {
        Account owner = Accounts.signup("TRIAL");
        JsonPath before = billing(owner);
        assertThat(before.getString("state")).isEqualTo("TRIALING");
        assertThat(before.getString("limits.code")).isEqualTo("TRIAL");
        assertThat(before.getString("trialEndsAt")).isNotNull();
        assertThat(before.getList("plans.code")).containsExactly("BASIC", "PREMIUM", "ENTERPRISE");
        assertThat(before.getList("plans.monthlyPriceMinor")).containsExactly(99900, 249900, 2500000);

        RazorpayFixture.stubPlans();
        String subscription = RazorpayFixture.stubSubscription(owner.tenantId(), "ENTERPRISE");
        JsonPath pending = owner.as().body(Map.of("plan", "ENTERPRISE")).post("/api/v1/billing/plan")
                .then().statusCode(200).extract().jsonPath();
        assertThat(pending.getString("pendingPlan")).isEqualTo("ENTERPRISE");
        assertThat(pending.getString("checkoutUrl")).isEqualTo("https://rzp.io/i/" + subscription);
        assertThat(pending.getBoolean("checkoutAvailable")).isTrue();
        // the browser's word is not enough: the limits stay the trial's until Razorpay confirms
        assertThat(pending.getString("limits.code")).isEqualTo("TRIAL");
        WireMockPlatforms.server().verify(postRequestedFor(urlEqualTo("/v1/subscriptions"))
                .withBasicAuth(new BasicCredentials(RazorpayFixture.KEY_ID, RazorpayFixture.KEY_SECRET))
                .withRequestBody(matchingJsonPath("$.notes.tenant_id", equalTo(owner.tenantId().toString())))
                .withRequestBody(equalToJson("""
                        {"plan_id":"plan_enterprise","total_count":120,"quantity":1,"customer_notify":1,
                         "notes":{"tenant_id":"%s","plan":"ENTERPRISE"}}""".formatted(owner.tenantId()))));

        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        deliver("evt_" + UUID.randomUUID(), event("subscription.activated", subscription, null, 0, start,
                start.plus(Duration.ofDays(30)))).statusCode(200);
        eventually(() -> "ENTERPRISE".equals(billing(owner).getString("limits.code")), "ENTERPRISE applies");
        JsonPath active = billing(owner);
        assertThat(active.getString("state")).isEqualTo("ACTIVE");
        assertThat(active.getString("subscribedPlan")).isEqualTo("ENTERPRISE");
        assertThat(active.getString("pendingPlan")).isNull();
        assertThat(active.getLong("nextChargeMinor")).isEqualTo(2500000L);
        assertThat(Instant.parse(active.getString("nextChargeAt"))).isEqualTo(start.plus(Duration.ofDays(30)));
    }

    @Test
    void aBadSignatureIsRefusedAndNothingIsStored() {
        String body = event("subscription.charged", "sub_forged", "pay_forged", 99900, Instant.now(),
                Instant.now().plusSeconds(60));
        String eventId = "evt_" + UUID.randomUUID();
        deliver(eventId, body, "0".repeat(64)).statusCode(401);
        deliver(eventId, body, null).statusCode(401);
        deliver(eventId, body + " ", com.verticallight.platform.crypto.Hmac.sha256Hex(RazorpayFixture.WEBHOOK_SECRET,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8))).statusCode(401);
        assertThat(sql.count("select count(*) from webhook_event where external_id = $1", eventId)).isZero();
        assertThat(sql.count("select count(*) from invoice where payment_id = 'pay_forged'")).isZero();
    }

    @Test
    void aChargeIssuesOneGstInvoiceEvenWhenTheEventArrivesTwice() {
        Account owner = Accounts.signup("TRIAL");
        // West Bengal (19) is not the supplier's state (29): IGST
        owner.as().body(Map.of("gstin", "19aapfu0939f1zs", "legalName", "Glow Beauty Salons LLP"))
                .put("/api/v1/billing/tax-details").then().statusCode(200);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String subscription = RazorpayFixture.subscribe(owner, "BASIC", start, start.plus(Duration.ofDays(30)));
        String eventId = "evt_" + UUID.randomUUID();
        String charged = event("subscription.charged", subscription, "pay_" + UUID.randomUUID(), 99900, start,
                start.plus(Duration.ofDays(30)));
        deliver(eventId, charged).statusCode(200).body("new", org.hamcrest.Matchers.equalTo(1));
        deliver(eventId, charged).statusCode(200).body("new", org.hamcrest.Matchers.equalTo(0));
        eventually(() -> invoices(owner).size() == 1, "the invoice is issued");

        Map<String, Object> invoice = invoices(owner).get(0);
        assertThat(invoice).containsEntry("customerGstin", "19AAPFU0939F1ZS")
                .containsEntry("customerName", "Glow Beauty Salons LLP").containsEntry("placeOfSupply", "19")
                .containsEntry("supplierState", "29").containsEntry("supplierGstin", "29AAACV1234F1ZL")
                .containsEntry("totalMinor", 99900).containsEntry("taxableMinor", 84661)
                .containsEntry("igstMinor", 15239).containsEntry("cgstMinor", 0).containsEntry("sgstMinor", 0);
        assertThat((String) invoice.get("number")).hasSizeLessThanOrEqualTo(16).startsWith("VL");

        byte[] pdf = owner.as().get("/api/v1/billing/invoices/" + invoice.get("id") + ".pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // another tenant sees neither the invoice nor its PDF
        Account other = Accounts.signup("TRIAL");
        other.as().get("/api/v1/billing/invoices/" + invoice.get("id")).then().statusCode(404);
        other.as().get("/api/v1/billing/invoices/" + invoice.get("id") + ".pdf").then().statusCode(404);
        other.as().get("/api/v1/billing/invoices").then().statusCode(200).body("$", hasSize(0));
        assertThat(billing(other).getString("state")).isEqualTo("TRIALING");
    }

    @Test
    void sameStateInvoicesSplitCgstSgstAndNumberWithoutGapsPerFinancialYear() {
        Account owner = Accounts.signup("TRIAL");
        // Karnataka, the supplier's own state: CGST + SGST
        owner.as().body(Map.of("placeOfSupply", "29")).put("/api/v1/billing/tax-details").then().statusCode(200);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String subscription = RazorpayFixture.subscribe(owner, "PREMIUM", start, start.plus(Duration.ofDays(30)));
        deliver("evt_" + UUID.randomUUID(), event("subscription.charged", subscription, "pay_" + UUID.randomUUID(),
                249900, start, start.plus(Duration.ofDays(30)))).statusCode(200);
        deliver("evt_" + UUID.randomUUID(), event("subscription.charged", subscription, "pay_" + UUID.randomUUID(),
                249900, start, start.plus(Duration.ofDays(60)))).statusCode(200);
        eventually(() -> invoices(owner).size() == 2, "two invoices");
        List<Map<String, Object>> two = invoices(owner);
        Map<String, Object> first = two.get(1);
        Map<String, Object> second = two.get(0);
        assertThat(first).containsEntry("taxableMinor", 211780).containsEntry("cgstMinor", 19060)
                .containsEntry("sgstMinor", 19060).containsEntry("igstMinor", 0).containsEntry("totalMinor", 249900);
        assertThat(first.get("financialYear")).isEqualTo(second.get("financialYear"));
        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);

        // the next April: a new financial year, a new series
        LocalDate today = LocalDate.now(FinancialYear.INDIA);
        LocalDate april = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear(), 4, 2);
        Instant inApril = april.atStartOfDay(FinancialYear.INDIA).toInstant();
        String nextYear = FinancialYear.of(inApril);
        long before = sql.count("select count(*) from invoice where financial_year = $1", nextYear);
        clock.advance(Duration.between(Instant.now(), inApril));
        deliver("evt_" + UUID.randomUUID(), event("subscription.charged", subscription, "pay_" + UUID.randomUUID(),
                249900, inApril, inApril.plus(Duration.ofDays(30)))).statusCode(200);
        eventually(() -> invoices(owner).size() == 3, "the third invoice");
        Map<String, Object> third = invoices(owner).get(0);
        assertThat(third.get("financialYear")).isEqualTo(nextYear).isNotEqualTo(first.get("financialYear"));
        assertThat(sequence(third)).isEqualTo(before + 1);
        assertThat((String) third.get("number")).isEqualTo(FinancialYear.invoiceNumber(nextYear, (int) before + 1));
    }

    private long sequence(Map<String, Object> invoice) {
        return sql.query("select sequence from invoice where id = $1", UUID.fromString((String) invoice.get("id")))
                .get(0).getInteger(0);
    }

    @Test
    void aFailedRenewalKeepsThePlanThroughTheGraceThenFallsBackToFreeKeepingTheData() {
        Account owner = Accounts.signup("TRIAL");
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String subscription = RazorpayFixture.subscribe(owner, "ENTERPRISE", start, start.plus(Duration.ofDays(30)));
        String first = Accounts.createBusiness(owner, "First outlet");
        String second = Accounts.createBusiness(owner, "Second outlet");
        com.verticallight.channel.ChannelFixtures.connect(owner, first, "EMAIL_SENDGRID",
                Map.of("fromEmail", "outlet@example.in"), Map.of("apiKey", "SG.billing-test"), "SANDBOX");

        deliver("evt_" + UUID.randomUUID(), event("subscription.pending", subscription, null, 0, start,
                start.plus(Duration.ofDays(30)))).statusCode(200);
        eventually(() -> "PAST_DUE".equals(billing(owner).getString("state")), "the account is past due");
        JsonPath pastDue = billing(owner);
        assertThat(pastDue.getString("limits.code")).isEqualTo("ENTERPRISE");
        Instant graceEnd = Instant.parse(pastDue.getString("graceEndsAt"));
        assertThat(graceEnd).isAfter(Instant.now().plus(Duration.ofDays(6)));

        // the first reminder is due now: a task for the owner with what to do
        ReminderFixture.runJobsAt(clock, runner, clock.instant().plusSeconds(1));
        owner.as().get("/api/v1/businesses/" + first + "/manual-tasks").then().statusCode(200)
                .body("findAll { it.guidanceKey == 'billing-payment-failed' }", hasSize(1));
        // and an email to the owner through the gateway (sandbox: recorded as would have been sent)
        String emailed = "select count(*) from delivery where recipient = $1 and status = 'SIMULATED'";
        assertThat(sql.count(emailed, owner.email())).isEqualTo(1);

        ReminderFixture.runJobsAt(clock, runner, graceEnd.minus(Duration.ofHours(1)));
        assertThat(billing(owner).getString("limits.code")).isEqualTo("ENTERPRISE");
        assertThat(sql.count(emailed, owner.email())).isEqualTo(3); // now, after 3 days, after 6 days
        ReminderFixture.runJobsAt(clock, runner, graceEnd.plus(Duration.ofMinutes(1)));
        JsonPath lapsed = billing(owner);
        assertThat(lapsed.getString("limits.code")).isEqualTo("FREE");
        assertThat(lapsed.getString("state")).isEqualTo("PAST_DUE");
        // nothing was deleted: both outlets are still there, only new ones are limited
        owner.as().get("/api/v1/businesses").then().statusCode(200).body("id",
                org.hamcrest.Matchers.hasItems(first, second));
        owner.as().body(Accounts.business("Third outlet")).post("/api/v1/businesses").then().statusCode(403);

        // paying again restores the plan
        deliver("evt_" + UUID.randomUUID(), event("subscription.charged", subscription, "pay_" + UUID.randomUUID(),
                2500000, start, start.plus(Duration.ofDays(60)))).statusCode(200);
        eventually(() -> "ENTERPRISE".equals(billing(owner).getString("limits.code")), "the plan is back");
        assertThat(billing(owner).getString("graceEndsAt")).isNull();
    }

    @Test
    void anUpgradePaysTheProratedDifferenceADowngradeWaitsAndCancellingKeepsThePlanUntilThePeriodEnds() {
        Account owner = Accounts.signup("TRIAL");
        RazorpayFixture.stubCancel();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(15));
        Instant end = start.plus(Duration.ofDays(30));
        String basic = RazorpayFixture.subscribe(owner, "BASIC", start, end);

        // halfway through BASIC, PREMIUM: the new subscription starts when BASIC's period ends, and the difference
        // for the rest of this period is an add-on paid at checkout
        String premium = RazorpayFixture.stubSubscription(owner.tenantId(), "PREMIUM");
        Instant before = clock.instant();
        owner.as().body(Map.of("plan", "PREMIUM")).post("/api/v1/billing/plan").then().statusCode(200)
                .body("pendingPlan", org.hamcrest.Matchers.equalTo("PREMIUM"))
                .body("limits.code", org.hamcrest.Matchers.equalTo("BASIC"));
        Instant after = clock.instant();
        JsonPath upgrade = lastSubscriptionRequest(owner, "PREMIUM");
        assertThat(upgrade.getLong("start_at")).isEqualTo(end.getEpochSecond());
        long addOn = upgrade.getLong("addons[0].item.amount");
        // the formula at the moment of the request (each credit rounded down, so one paisa either way)
        assertThat(addOn).isBetween(Proration.upgradeCharge(99900, 249900, start, end, after) - 1,
                Proration.upgradeCharge(99900, 249900, start, end, before) + 1).isBetween(74990L, 75000L);
        assertThat(upgrade.getString("addons[0].item.currency")).isEqualTo("INR");

        // Razorpay confirms the checkout: PREMIUM applies, BASIC is stopped at its cycle's end
        deliver("evt_" + UUID.randomUUID(), event("subscription.authenticated", premium, null, 0, end,
                end.plus(Duration.ofDays(30)))).statusCode(200);
        eventually(() -> "PREMIUM".equals(billing(owner).getString("limits.code")), "PREMIUM applies");
        eventually(() -> !WireMockPlatforms.server().findAll(postRequestedFor(urlEqualTo(
                "/v1/subscriptions/" + basic + "/cancel")).withRequestBody(equalToJson(
                "{\"cancel_at_cycle_end\":1}"))).isEmpty(), "BASIC is cancelled at its cycle's end");

        // back to BASIC: no add-on, it starts when PREMIUM's period ends
        String downgrade = RazorpayFixture.stubSubscription(owner.tenantId(), "BASIC");
        owner.as().body(Map.of("plan", "BASIC")).post("/api/v1/billing/plan").then().statusCode(200)
                .body("pendingPlan", org.hamcrest.Matchers.equalTo("BASIC"));
        JsonPath down = lastSubscriptionRequest(owner, "BASIC");
        assertThat(down.getLong("start_at")).isEqualTo(end.plus(Duration.ofDays(30)).getEpochSecond());
        assertThat(down.getList("addons")).isNull();

        // cancel: PREMIUM at its cycle's end, the waiting BASIC checkout at once; PREMIUM's limits stay until then
        JsonPath cancelled = owner.as().post("/api/v1/billing/cancel").then().statusCode(200).extract().jsonPath();
        assertThat(cancelled.getString("pendingPlan")).isNull();
        assertThat(cancelled.getString("limits.code")).isEqualTo("PREMIUM");
        Instant periodEnd = Instant.parse(cancelled.getString("cancelAt"));
        assertThat(periodEnd).isEqualTo(end.plus(Duration.ofDays(30)));
        WireMockPlatforms.server().verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + premium + "/cancel"))
                .withBasicAuth(new BasicCredentials(RazorpayFixture.KEY_ID, RazorpayFixture.KEY_SECRET))
                .withRequestBody(equalToJson("{\"cancel_at_cycle_end\":1}")));
        WireMockPlatforms.server().verify(postRequestedFor(urlEqualTo("/v1/subscriptions/" + downgrade + "/cancel"))
                .withRequestBody(equalToJson("{\"cancel_at_cycle_end\":0}")));

        ReminderFixture.runJobsAt(clock, runner, periodEnd.minus(Duration.ofHours(1)));
        assertThat(billing(owner).getString("limits.code")).isEqualTo("PREMIUM");
        ReminderFixture.runJobsAt(clock, runner, periodEnd.plus(Duration.ofMinutes(1)));
        JsonPath over = billing(owner);
        assertThat(over.getString("limits.code")).isEqualTo("FREE");
        assertThat(over.getString("state")).isEqualTo("CANCELLED");
    }

    private static JsonPath lastSubscriptionRequest(Account owner, String plan) {
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = WireMockPlatforms.server().findAll(
                postRequestedFor(urlEqualTo("/v1/subscriptions"))
                        .withBasicAuth(new BasicCredentials(RazorpayFixture.KEY_ID, RazorpayFixture.KEY_SECRET))
                        .withRequestBody(matchingJsonPath("$.notes.tenant_id", equalTo(owner.tenantId().toString())))
                        .withRequestBody(matchingJsonPath("$.notes.plan", equalTo(plan))));
        assertThat(sent).isNotEmpty();
        JsonPath body = JsonPath.from(sent.get(sent.size() - 1).getBodyAsString());
        assertThat(body.getInt("quantity")).isEqualTo(1);
        assertThat(body.getInt("customer_notify")).isEqualTo(1);
        return body;
    }

    @Test
    void aTrialThatEndedShowsFreeEvenAfterTheOwnerGaveTaxDetails() {
        Account owner = Accounts.signup("TRIAL");
        owner.as().body(Map.of("placeOfSupply", "27")).put("/api/v1/billing/tax-details").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("TRIALING"));
        clock.advance(Duration.ofDays(15));
        JsonPath after = billing(owner);
        assertThat(after.getString("state")).isEqualTo("FREE");
        assertThat(after.getString("placeOfSupply")).isEqualTo("27");
    }

    @Test
    void anInvalidGstinIsRefusedNamingTheField() {
        Account owner = Accounts.signup("TRIAL");
        owner.as().body(Map.of("gstin", "19AAPFU0939F1ZT")).put("/api/v1/billing/tax-details").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("gstin"));
        owner.as().body(Map.of("gstin", "99AAPFU0939F1ZS")).put("/api/v1/billing/tax-details").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("gstin"));
        owner.as().body(Map.of("gstin", "19AAPFU0939F1ZS", "placeOfSupply", "29")).put("/api/v1/billing/tax-details")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("placeOfSupply"));
        owner.as().body(Map.of("plan", "FREE")).post("/api/v1/billing/plan").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("plan"));
        owner.as().body(Map.of("plan", 7)).post("/api/v1/billing/plan").then().statusCode(400);
        owner.as().post("/api/v1/billing/cancel").then().statusCode(409);
        assertThat(billing(owner).getString("gstin")).isNull();
        owner.as().get("/api/v1/billing").then().body("gstin", nullValue());
    }
}
