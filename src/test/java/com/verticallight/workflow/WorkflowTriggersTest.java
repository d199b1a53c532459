package com.verticallight.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.verticallight.support.Eventually.eventually;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static com.verticallight.workflow.WorkflowFixtures.workflow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.platform.crypto.Hmac;
import com.verticallight.platform.outbox.OutboxRelay;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The event, AI, schedule and webhook triggers, and the executions-per-day limit, through the public API. */
@QuarkusTest
class WorkflowTriggersTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Inject
    JobRunner jobs;

    @Inject
    OutboxRelay outbox;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> event(String name, String filter) {
        Map<String, Object> trigger = new HashMap<>(Map.of("type", "event", "event", name));
        if (filter != null) {
            trigger.put("filter", filter);
        }
        return trigger;
    }

    private static List<Map<String, Object>> echo(String expression) {
        return List.of(step("echo", "script", Map.of("expression", expression)));
    }

    private long executions(Account owner, String workflowId) {
        return sql.count("select count(*) from workflow_execution where tenant_id = $1 and workflow_id = $2",
                owner.tenantId(), UUID.fromString(workflowId));
    }

    private long relayed(Account owner, String topic) {
        return sql.count("select count(*) from outbox where tenant_id = $1 and topic = $2 and published_at is not null",
                owner.tenantId(), topic);
    }

    /** Relays the outbox until the event is handed on and the workflow has this many executions. */
    private void awaitExecutions(Account owner, String topic, String workflowId, long expected) {
        eventually(() -> {
            outbox.relayPending().await().atMost(Duration.ofSeconds(30));
            return relayed(owner, topic) >= 1 && executions(owner, workflowId) == expected;
        }, expected + " execution(s) of the workflow on " + topic);
    }

    private JsonPath onlyExecution(Account owner, String workflowId) {
        eventually(() -> "SUCCEEDED".equals(owner.as().get("/api/v1/workflow-executions?workflowId=" + workflowId)
                .then().extract().path("[0].status")), "the execution to succeed");
        return owner.as().get("/api/v1/workflow-executions?workflowId=" + workflowId).then().statusCode(200)
                .extract().jsonPath();
    }

    private void runDueJobs() {
        jobs.runDue("triggers-test").await().atMost(Duration.ofSeconds(120));
    }

    // ---- events ----

    @Test
    void aRecordedSaleStartsItsWorkflowOnceAndAFalseFilterStartsNothing() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Sale Salon");
        String thanks = published(owner, workflow("Thank buyers", event("sale.recorded", "trigger.amountMinor >= 100000"),
                echo("{'thank': trigger.name, 'amount': trigger.amountMinor}")));
        String huge = published(owner, workflow("Huge sales", event("sale.recorded", "trigger.amountMinor > 100000000"),
                echo("{'huge': true}")));

        owner.as().body(Map.of("phone", "+919830044444", "name", "Asha Roy", "amountMinor", 150000, "currency", "INR"))
                .post("/api/v1/businesses/" + business + "/sales").then().statusCode(201);

        awaitExecutions(owner, "sale.recorded", thanks, 1);
        assertThat(onlyExecution(owner, thanks).getString("[0].output.echo.thank")).isEqualTo("Asha Roy");
        assertThat(executions(owner, huge)).isZero();
        // delivered again (as after a crash before the acknowledgement): still one execution
        sql.query("update outbox set status = 'PENDING', published_at = null, claimed_until = null, next_attempt_at = null "
                + "where tenant_id = $1 and topic = 'sale.recorded'",
                owner.tenantId());
        eventually(() -> {
            outbox.relayPending().await().atMost(Duration.ofSeconds(30));
            return relayed(owner, "sale.recorded") == 1;
        }, "the second delivery");
        assertThat(executions(owner, thanks)).isOne();
        assertThat(executions(owner, huge)).isZero();
    }

    @Test
    void eachNewReviewFromTheSyncStartsTheWorkflowOnceWhenItsFilterPasses() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Review Salon");
        String account = ChannelFixtures.uniqueId();
        String location = ChannelFixtures.uniqueId();
        ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                Map.of("accountId", account, "locationId", location), Map.of("accessToken", "ya29.secret"), "LIVE");
        String path = "/v4/accounts/" + account + "/locations/" + location;
        String name = "accounts/" + account + "/locations/" + location;
        wiremock.stubFor(get(urlEqualTo(path + "/reviews?pageSize=50")).willReturn(okJson("""
                {"reviews":[
                 {"name":"%1$s/reviews/r-asha","reviewId":"r-asha","reviewer":{"displayName":"Asha"},"starRating":"FIVE",
                  "comment":"Loved it","createTime":"2026-11-20T10:00:00Z"},
                 {"name":"%1$s/reviews/r-ravi","reviewId":"r-ravi","reviewer":{"displayName":"Ravi"},"starRating":"TWO",
                  "comment":"Waited 40 minutes","createTime":"2026-11-21T10:00:00Z"}
                ],"averageRating":3.5,"totalReviewCount":2}""".formatted(name))));
        wiremock.stubFor(put(urlPathMatching(path + "/reviews/.*/reply"))
                .willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-25T10:00:00Z\"}")));
        String unhappy = published(owner, workflow("Unhappy reviews", event("review.received", "trigger.stars <= 2"),
                echo("{'who': trigger.reviewerName, 'stars': trigger.stars}")));

        owner.as().post("/api/v1/businesses/" + business + "/reviews/sync").then().statusCode(200);
        awaitExecutions(owner, "review.received", unhappy, 1);
        eventually(() -> relayed(owner, "review.received") == 2, "both reviews' events");
        JsonPath run = onlyExecution(owner, unhappy);
        assertThat(run.getString("[0].output.echo.who")).isEqualTo("Ravi");
        assertThat(run.getString("[0].triggerType")).isEqualTo("event");

        // the next sync finds no new review: no new event, no new execution
        owner.as().post("/api/v1/businesses/" + business + "/reviews/sync").then().statusCode(200);
        outbox.relayPending().await().atMost(Duration.ofSeconds(30));
        assertThat(relayed(owner, "review.received")).isEqualTo(2);
        assertThat(executions(owner, unhappy)).isOne();
    }

    @Test
    void aCancelledAppointmentStartsTheCancellationWorkflowOnly() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Booking Salon");
        String cancelled = published(owner, workflow("Win back", event("appointment.cancelled", null),
                echo("{'service': trigger.serviceName, 'from': trigger.fromStatus}")));
        String noShow = published(owner, workflow("No-shows", event("appointment.no_show", null), echo("{'x': 1}")));
        String appointment = owner.as().body(Map.of("phone", "+919830055555", "name", "Asha Sen", "serviceName",
                "Haircut", "startsAt", Instant.now().plus(Duration.ofDays(2)).toString()))
                .post("/api/v1/businesses/" + business + "/appointments").then().statusCode(201).extract().path("id");

        owner.as().post("/api/v1/appointments/" + appointment + "/cancel").then().statusCode(200);

        awaitExecutions(owner, "appointment.cancelled", cancelled, 1);
        JsonPath run = onlyExecution(owner, cancelled);
        assertThat(run.getString("[0].output.echo.service")).isEqualTo("Haircut");
        assertThat(run.getString("[0].output.echo.from")).isEqualTo("BOOKED");
        assertThat(relayed(owner, "appointment.booked")).isOne();
        assertThat(executions(owner, noShow)).isZero();
    }

    @Test
    void aFailedDeliveryStartsItsWorkflowOnce() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Failing Salon");
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, business, pnid, "LIVE");
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pnid + "/messages")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"(#132001) Template "
                        + "name does not exist\",\"type\":\"OAuthException\",\"code\":132001}}")));
        String alert = published(owner, workflow("Failed sends", event("delivery.failed", "trigger.channel == 'WHATSAPP'"),
                echo("{'to': trigger.recipient, 'code': trigger.errorCode}")));

        owner.as().body(ChannelFixtures.batch(ChannelFixtures.template(connection, "+919812345678", "missing_template",
                ChannelFixtures.key()))).post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", equalTo("FAILED"));

        awaitExecutions(owner, "delivery.failed", alert, 1);
        assertThat(onlyExecution(owner, alert).getString("[0].output.echo.to")).isEqualTo("+919812345678");
    }

    @Test
    void aLeadStatusChangeAPaidPaymentAndADoneTaskEachStartTheirWorkflow() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Event Salon");
        String lost = published(owner, workflow("Lost leads", event("lead.status_changed", "trigger.status == 'LOST'"),
                echo("{'from': trigger.from, 'cause': trigger.cause}")));
        String paid = published(owner, workflow("Paid", event("payment.paid", null),
                echo("{'amount': trigger.amountMinor, 'what': trigger.description}")));
        String done = published(owner, workflow("Done tasks", event("task.done", null),
                echo("{'minutes': trigger.minutesSpent}")));

        String lead = owner.as().body(Map.of("name", "Riya", "phone", "+919830077777", "message", "Price?"))
                .post("/api/v1/businesses/" + business + "/leads").then().statusCode(201).extract().path("id");
        owner.as().body(Map.of("status", "LOST", "note", "Went elsewhere")).put("/api/v1/leads/" + lead + "/status")
                .then().statusCode(200);
        String payment = owner.as().body(Map.of("phone", "+919830088888", "amountMinor", 150000, "currency", "INR",
                "dueDate", LocalDate.now().plusDays(10).toString(), "paymentLink", "https://pay.example/a",
                "description", "Bridal package")).post("/api/v1/businesses/" + business + "/payment-requests")
                .then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/payment-requests/" + payment + "/paid").then().statusCode(200);
        String task = owner.as().body(Map.of("guidanceKey", "answer-negative-review"))
                .post("/api/v1/businesses/" + business + "/manual-tasks").then().statusCode(201).extract().path("id");
        owner.as().body(Map.of("minutesSpent", 12)).post("/api/v1/manual-tasks/" + task + "/complete").then()
                .statusCode(200);

        awaitExecutions(owner, "lead.status_changed", lost, 1);
        awaitExecutions(owner, "payment.paid", paid, 1);
        awaitExecutions(owner, "task.done", done, 1);
        assertThat(onlyExecution(owner, lost).getString("[0].output.echo.cause")).contains("Went elsewhere");
        assertThat(onlyExecution(owner, paid).getString("[0].output.echo.what")).isEqualTo("Bridal package");
        assertThat(onlyExecution(owner, done).getInt("[0].output.echo.minutes")).isEqualTo(12);
    }

    @Test
    void anOverduePaymentRequestStartsItsWorkflowOnceEvenWhenTheCheckRunsTwice() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Overdue Salon");
        String overdue = published(owner, workflow("Overdue", event("payment.overdue", "trigger.amountMinor >= 100000"),
                echo("{'what': trigger.description, 'due': trigger.dueDate}")));
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Kolkata")).toString();
        String unpaid = owner.as().body(Map.of("phone", "+919830088881", "amountMinor", 150000, "currency", "INR",
                "dueDate", today, "paymentLink", "https://pay.example/o", "description", "Bridal package"))
                .post("/api/v1/businesses/" + business + "/payment-requests").then().statusCode(201).extract().path("id");
        String paid = owner.as().body(Map.of("phone", "+919830088882", "amountMinor", 250000, "currency", "INR",
                "dueDate", today, "paymentLink", "https://pay.example/p", "description", "Paid on time"))
                .post("/api/v1/businesses/" + business + "/payment-requests").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/payment-requests/" + paid + "/paid").then().statusCode(200);

        runDueJobs(); // not due yet: the due date has not ended
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'payment.overdue'",
                owner.tenantId())).isZero();

        clock.advance(Duration.ofDays(2));
        runDueJobs();
        awaitExecutions(owner, "payment.overdue", overdue, 1);
        // the check runs again (a retried job): nothing more is written, nothing more starts
        sql.query("update job set status = 'PENDING', finished_at = null, attempts = 0 where idempotency_key = $1",
                "payment-overdue:" + unpaid);
        runDueJobs();
        outbox.relayPending().await().atMost(Duration.ofSeconds(30));
        assertThat(sql.count("select count(*) from job where idempotency_key = $1 and status = 'DONE'",
                "payment-overdue:" + unpaid)).isOne();
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'payment.overdue'",
                owner.tenantId())).isOne();
        assertThat(executions(owner, overdue)).isOne();
        JsonPath ran = onlyExecution(owner, overdue);
        assertThat(ran.getString("[0].output.echo.what")).isEqualTo("Bridal package");
        assertThat(ran.getString("[0].output.echo.due")).isEqualTo(today);
        assertThat(sql.count("select count(*) from job where idempotency_key = $1 and status = 'CANCELLED'",
                "payment-overdue:" + paid)).as("a paid request is never overdue").isOne();
    }

    @Test
    void anAiEventInTheOutboxStartsTheAiWorkflow() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(workflow("Bad AI trigger", Map.of("type", "ai", "event", "lead.created"), echo("{'x': 1}")))
                .post("/api/v1/workflows").then().statusCode(400).body("errors.field", hasItem("trigger.event"));
        String churn = published(owner, workflow("Churn", Map.of("type", "ai", "event", "prediction.threshold",
                "filter", "trigger.model == 'churn' && trigger.value > 0.8"), echo("{'contact': trigger.contactId}")));

        sql.query("insert into outbox (id, tenant_id, topic, payload, created_at) values ($1, $2, 'analytics.prediction_threshold', "
                + "$3, now())", UUID.randomUUID(), owner.tenantId(),
                "{\"model\":\"churn\",\"value\":0.91,\"contactId\":\"c-42\"}");
        sql.query("insert into outbox (id, tenant_id, topic, payload, created_at) values ($1, $2, 'analytics.prediction_threshold', "
                + "$3, now())", UUID.randomUUID(), owner.tenantId(), "{\"model\":\"churn\",\"value\":0.3}");

        eventually(() -> {
            outbox.relayPending().await().atMost(Duration.ofSeconds(30));
            return relayed(owner, "analytics.prediction_threshold") == 2 && executions(owner, churn) == 1;
        }, "the AI workflow to start once");
        JsonPath run = onlyExecution(owner, churn);
        assertThat(run.getString("[0].output.echo.contact")).isEqualTo("c-42");
        assertThat(run.getString("[0].triggerType")).isEqualTo("ai");
    }

    // ---- schedule ----

    private String kolkataBusiness(Account owner) {
        Map<String, Object> business = new HashMap<>(Accounts.business("Kolkata Salon"));
        business.put("timeZone", "Asia/Kolkata");
        return owner.as().body(business).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
    }

    private String scheduled(Account owner, String missed) {
        return scheduled(owner, kolkataBusiness(owner), missed);
    }

    private String scheduled(Account owner, String businessId, String missed) {
        Map<String, Object> body = new HashMap<>(workflow("Monday posts", Map.of("type", "schedule",
                "schedule", "every day at 9 am", "missed", missed),
                echo("{'at': trigger.localTime, 'missed': trigger.missed}")));
        body.put("businessId", businessId);
        return published(owner, body);
    }

    private Instant nextNineInKolkata() {
        ZonedDateTime now = clock.instant().atZone(KOLKATA);
        ZonedDateTime nine = now.toLocalDate().atTime(LocalTime.of(9, 0)).atZone(KOLKATA);
        return (nine.isAfter(now) ? nine : nine.plusDays(1)).toInstant();
    }

    private void moveClockTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
    }

    @Test
    void aScheduleFiresAtTheNextNineInTheBusinessTimeZoneAndNotBefore() {
        Account owner = Accounts.signup("BASIC");
        String id = scheduled(owner, "runOnce");
        Instant nine = nextNineInKolkata();

        moveClockTo(nine.minusSeconds(60));
        runDueJobs();
        assertThat(executions(owner, id)).isZero();

        moveClockTo(nine.plusSeconds(30));
        runDueJobs();
        eventually(() -> executions(owner, id) == 1, "the 9 am run");
        JsonPath run = onlyExecution(owner, id);
        assertThat(run.getString("[0].triggerType")).isEqualTo("schedule");
        assertThat(run.getString("[0].output.echo.at")).endsWith("T09:00");
        assertThat(run.getBoolean("[0].output.echo.missed")).isFalse();
        // the next fire is planned for the next day's 9 am, and nothing runs twice
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and kind = 'workflow.schedule' "
                + "and status = 'PENDING' and run_at = $2", owner.tenantId(),
                nine.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))).isOne();
        runDueJobs();
        assertThat(executions(owner, id)).isOne();
    }

    @Test
    void aScheduleMissedForThreeDaysRunsOnceOrNotAtAllAsTheWorkflowSays() {
        Account owner = Accounts.signup("PREMIUM");
        String business = kolkataBusiness(owner);
        String once = scheduled(owner, business, "runOnce");
        String skip = scheduled(owner, business, "skip");

        clock.advance(Duration.ofDays(3).plusHours(1));
        runDueJobs();
        runDueJobs();

        eventually(() -> executions(owner, once) == 1, "one catch-up run");
        JsonPath run = onlyExecution(owner, once);
        assertThat(run.getBoolean("[0].output.echo.missed")).isTrue();
        assertThat(run.getString("[0].output.echo.at")).endsWith("T09:00");
        assertThat(executions(owner, skip)).isZero();
        // both go on at the next 9 am after now
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and kind = 'workflow.schedule' "
                + "and status = 'PENDING' and run_at = $2", owner.tenantId(),
                nextNineInKolkata().atOffset(ZoneOffset.UTC))).isEqualTo(2);
    }

    @Test
    void aPausedScheduleDoesNotFireAndABadScheduleIsRefused() {
        Account owner = Accounts.signup("BASIC");
        String id = scheduled(owner, "runOnce");
        owner.as().post("/api/v1/workflows/" + id + "/pause").then().statusCode(200);

        moveClockTo(nextNineInKolkata().plus(Duration.ofDays(1)));
        runDueJobs();
        assertThat(executions(owner, id)).isZero();

        owner.as().body(workflow("Bad", Map.of("type", "schedule", "schedule", "every blue moon"), echo("{'x': 1}")))
                .post("/api/v1/workflows").then().statusCode(400).body("errors.field", hasItem("trigger.schedule"));
        owner.as().body(workflow("Bad", Map.of("type", "schedule", "schedule", "61 9 * * *"), echo("{'x': 1}")))
                .post("/api/v1/workflows").then().statusCode(400).body("errors.field", hasItem("trigger.schedule"));
    }

    // ---- webhook ----

    private static String sign(String secret, String body) {
        return "sha256=" + Hmac.sha256Hex(secret, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSignedWebhookCallStartsOneExecutionAndTheSyncAnswerCarriesItsOutput() {
        Account owner = Accounts.signup("BASIC");
        String id = published(owner, workflow("Order hook", Map.of("type", "webhook", "settings",
                Map.of("mode", "sync", "timeoutMs", 20000)), echo("{'order': trigger.orderId, 'total': trigger.total * 2}")));
        JsonPath hook = owner.as().get("/api/v1/workflows/" + id + "/webhook").then().statusCode(200).extract().jsonPath();
        String secret = hook.getString("secret");
        assertThat(hook.getString("url")).isEqualTo("/public/workflows/" + id + "/webhook");
        String body = "{\"orderId\":\"A-17\",\"total\":450}";

        given().contentType("application/json").header("X-Vlos-Signature", sign(secret, body)).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("output.echo.order", equalTo("A-17"))
                .body("output.echo.total", equalTo(900));
        assertThat(executions(owner, id)).isOne();

        // wrong signature, no signature, a token that is not the secret: 401, nothing stored
        given().contentType("application/json").header("X-Vlos-Signature", sign("whsec_wrong", body)).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(401);
        given().contentType("application/json").body(body).post("/public/workflows/" + id + "/webhook").then()
                .statusCode(401);
        given().contentType("application/json").header("X-Vlos-Token", "nope").body("not json")
                .post("/public/workflows/" + id + "/webhook").then().statusCode(401);
        assertThat(executions(owner, id)).isOne();

        // a signed body that is not a JSON object: 400 naming the body
        given().contentType("application/json").header("X-Vlos-Signature", sign(secret, "[1,2]")).body("[1,2]")
                .post("/public/workflows/" + id + "/webhook").then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        // a rotated secret replaces the old one
        String rotated = owner.as().post("/api/v1/workflows/" + id + "/webhook/rotate").then().statusCode(200)
                .extract().path("secret");
        given().contentType("application/json").header("X-Vlos-Signature", sign(secret, body)).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(401);
        given().contentType("application/json").header("X-Vlos-Token", rotated).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(200);
        // paused: 409; unknown workflow: 404
        owner.as().post("/api/v1/workflows/" + id + "/pause").then().statusCode(200);
        given().contentType("application/json").header("X-Vlos-Token", rotated).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(409);
        given().contentType("application/json").header("X-Vlos-Token", rotated).body(body)
                .post("/public/workflows/" + UUID.randomUUID() + "/webhook").then().statusCode(404);
        assertThat(executions(owner, id)).isEqualTo(2);
    }

    @Test
    void aWebhookOverItsHourlyCallsAnswers429WithRetryAfter() {
        Account owner = Accounts.signup("BASIC");
        String id = published(owner, workflow("Busy hook", Map.of("type", "webhook"), echo("{'x': 1}")));
        String secret = owner.as().get("/api/v1/workflows/" + id + "/webhook").then().statusCode(200).extract()
                .path("secret");
        given().contentType("application/json").header("X-Vlos-Token", secret).body("{}")
                .post("/public/workflows/" + id + "/webhook").then().statusCode(202)
                .body("status", equalTo("RUNNING"));
        // this hour's 1,000 calls are used up (and the next hour's, should the clock hour turn during the test)
        Instant hour = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        for (Instant window : List.of(hour, hour.plus(Duration.ofHours(1)))) {
            sql.query("insert into workflow_webhook_window (workflow_id, window_start, request_count) values ($1, $2, "
                    + "1000) on conflict (workflow_id, window_start) do update set request_count = 1000",
                    UUID.fromString(id), window.atOffset(ZoneOffset.UTC));
        }

        String retryAfter = given().contentType("application/json").header("X-Vlos-Token", secret).body("{}")
                .post("/public/workflows/" + id + "/webhook").then().statusCode(429).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        assertThat(executions(owner, id)).isOne();
    }

    @Test
    void anotherTenantCannotRunReadOrRotateTheWebhookWorkflow() {
        Account a = Accounts.signup("BASIC");
        Account b = Accounts.signup("BASIC");
        String id = published(a, workflow("A hook", Map.of("type", "webhook"), echo("{'x': 1}")));

        b.as().body(Map.of()).post("/api/v1/workflows/" + id + "/run").then().statusCode(404);
        b.as().get("/api/v1/workflows/" + id + "/webhook").then().statusCode(404);
        b.as().post("/api/v1/workflows/" + id + "/webhook/rotate").then().statusCode(404);
        // B's own webhook secret does not open A's webhook
        String ownHook = published(b, workflow("B hook", Map.of("type", "webhook"), echo("{'x': 1}")));
        String secretOfB = b.as().get("/api/v1/workflows/" + ownHook + "/webhook").then().statusCode(200).extract()
                .path("secret");
        String body = "{\"x\":1}";
        given().contentType("application/json").header("X-Vlos-Token", secretOfB).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(401);
        given().contentType("application/json").header("X-Vlos-Signature", sign(secretOfB, body)).body(body)
                .post("/public/workflows/" + id + "/webhook").then().statusCode(401);
        assertThat(executions(a, id)).isZero();
    }

    // ---- limits ----

    @Test
    void beyondThePlansExecutionsPerDayARunIsRefusedAndAnEventIsRecordedSkipped() {
        Account owner = Accounts.signup("TRIAL");
        String business = Accounts.createBusiness(owner, "Busy Salon");
        String manual = published(owner, workflow("By hand", Map.of("type", "manual"), echo("{'x': 1}")));
        // 99 of the trial's 100 executions of today are used
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        sql.query("insert into workflow_daily_usage (tenant_id, day, executions) values ($1, $2, 99), ($1, $3, 99)",
                owner.tenantId(), today, today.plusDays(1)); // and tomorrow's, should the UTC day turn meanwhile

        owner.as().body(Map.of()).post("/api/v1/workflows/" + manual + "/run").then().statusCode(202);
        owner.as().body(Map.of()).post("/api/v1/workflows/" + manual + "/run").then().statusCode(429)
                .body("limit", equalTo("workflow_executions_per_day")).body("allowed", equalTo(100));
        assertThat(executions(owner, manual)).isOne();

        // an event over the limit is kept as SKIPPED with the reason
        owner.as().post("/api/v1/workflows/" + manual + "/pause").then().statusCode(200);
        String onSale = published(owner, workflow("On sale", event("sale.recorded", null), echo("{'x': 1}")));
        owner.as().body(Map.of("phone", "+919830066666", "name", "Ravi", "amountMinor", 5000, "currency", "INR"))
                .post("/api/v1/businesses/" + business + "/sales").then().statusCode(201);
        awaitExecutions(owner, "sale.recorded", onSale, 1);
        owner.as().get("/api/v1/workflow-executions?workflowId=" + onSale).then().statusCode(200)
                .body("[0].status", equalTo("SKIPPED"))
                .body("[0].error", org.hamcrest.Matchers.containsString("100 workflow executions per day"));
    }
}
