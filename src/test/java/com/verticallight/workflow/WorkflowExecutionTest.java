package com.verticallight.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.workflow.WorkflowFixtures.awaitStatus;
import static com.verticallight.support.Eventually.eventually;
import static com.verticallight.workflow.WorkflowFixtures.manual;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.run;
import static com.verticallight.workflow.WorkflowFixtures.status;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static com.verticallight.workflow.WorkflowFixtures.workflow;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.platform.outbox.OutboxRelay;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import com.verticallight.workflow.execution.ExecutionStore;
import com.verticallight.workflow.execution.StepRunStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkflowExecutionTest {

    @Inject
    JobRunner jobs;

    @Inject
    OutboxRelay outbox;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    @Inject
    ExecutionStore store;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDueJobs() {
        jobs.runDue("workflow-test").await().atMost(Duration.ofSeconds(60));
    }

    private record Live(Account owner, String businessId, String pnid, String connection) {

        RequestPatternBuilder sent() {
            return postRequestedFor(urlEqualTo("/v21.0/" + pnid + "/messages"));
        }
    }

    private Live liveWhatsApp(int status) {
        Account owner = Accounts.signup("BASIC");
        String businessId = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, businessId, pnid, "LIVE");
        stubWhatsApp(pnid, status);
        return new Live(owner, businessId, pnid, connection);
    }

    private void stubWhatsApp(String pnid, int status) {
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pnid + "/messages")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(status == 200 ? "{\"messages\":[{\"id\":\"wamid.WF" + UUID.randomUUID() + "\"}]}"
                        : "{\"error\":{\"message\":\"(#132001) Template name does not exist\",\"type\":\"OAuthException\","
                                + "\"code\":132001}}")));
    }

    private static Map<String, Object> alert(Live live, String to) {
        return Map.of("connectionId", live.connection(), "to", to, "urgent", true,
                "template", Map.of("name", "lead_alert", "language", "en", "params", List.of("{{trigger.name}}")));
    }

    private static Map<String, Object> script(String id, String expression, Object... edges) {
        return step(id, "script", Map.of("expression", expression), edges);
    }

    @Test
    void aConditionTakesTheBranchOfItsResultAndAScriptComputesVariables() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = workflow("Budget check", manual(), List.of(
                script("prepare", "{'threshold': 20000, 'greeting': 'Hi ' + trigger.name}", "next", "big"),
                step("big", "condition", Map.of("expression", "trigger.budget > vars.threshold"),
                        "onTrue", "vip", "onFalse", "regular"),
                script("vip", "{'tier': 'vip', 'discount': trigger.budget / 100}"),
                script("regular", "{'tier': 'regular'}")));
        body.put("output", "vars");
        body.put("inputSchema", Map.of("required", List.of("name", "budget"),
                "properties", Map.of("name", "string", "budget", "integer")));
        String id = published(owner, body);

        owner.as().body(Map.of("name", "Asha", "budget", 25000)).post("/api/v1/workflows/" + id + "/run?wait=true")
                .then().statusCode(200).body("status", equalTo("SUCCEEDED"))
                .body("output.tier", equalTo("vip")).body("output.discount", equalTo(250))
                .body("output.greeting", equalTo("Hi Asha"))
                .body("steps.stepId", contains("prepare", "big", "vip"))
                .body("steps.find { it.stepId == 'big' }.edge", equalTo("onTrue"));
        owner.as().body(Map.of("name", "Ravi", "budget", 5000)).post("/api/v1/workflows/" + id + "/run?wait=true")
                .then().statusCode(200).body("output.tier", equalTo("regular"))
                .body("steps.stepId", contains("prepare", "big", "regular"));
        owner.as().body(Map.of("name", "Ravi", "budget", "a lot")).post("/api/v1/workflows/" + id + "/run")
                .then().statusCode(400).body("errors[0].field", equalTo("trigger.budget"));
    }

    @Test
    void aDelayOfTwoHoursFiresWhenTheClockPassesItAndNotBefore() {
        Account owner = Accounts.signup("BASIC");
        String id = published(owner, workflow("Wait", manual(), List.of(
                step("wait1", "delay", Map.of("duration", "PT2H"), "next", "after"),
                script("after", "{'done': true}"))));
        String execution = run(owner, id, Map.of());
        awaitStatus(owner, execution, "WAITING");

        runDueJobs();
        clock.advance(Duration.ofHours(1).plusMinutes(59));
        runDueJobs();
        assertThat(status(owner, execution)).isEqualTo("WAITING");

        clock.advance(Duration.ofMinutes(2));
        runDueJobs();
        awaitStatus(owner, execution, "SUCCEEDED");
        owner.as().get("/api/v1/workflow-executions/" + execution).then()
                .body("steps.find { it.stepId == 'wait1' }.status", equalTo("SUCCEEDED"))
                .body("output.after.done", equalTo(true));
    }

    @Test
    void aCancelledWaitingExecutionNeverResumes() {
        Account owner = Accounts.signup("BASIC");
        String id = published(owner, workflow("Cancel me", manual(), List.of(
                step("wait1", "delay", Map.of("duration", "PT1H"), "next", "after"), script("after", "{'done': true}"))));
        String execution = run(owner, id, Map.of());
        awaitStatus(owner, execution, "WAITING");
        owner.as().post("/api/v1/workflow-executions/" + execution + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        owner.as().post("/api/v1/workflow-executions/" + execution + "/cancel").then().statusCode(409);
        clock.advance(Duration.ofHours(2));
        runDueJobs();
        assertThat(status(owner, execution)).isEqualTo("CANCELLED");
    }

    @Test
    void aTestRunThroughLiveConnectionsSendsNothingCallsNothingButReadsAndChangesNoData() {
        Live live = liveWhatsApp(200);
        String leadId = live.owner().as().body(Map.of("name", "Asha", "phone", "+919830077001", "message", "Hi"))
                .post("/api/v1/businesses/" + live.businessId() + "/leads").then().statusCode(201).extract().path("id");
        String crmPath = "/crm-" + UUID.randomUUID();
        wiremock.stubFor(post(urlEqualTo(crmPath + "/orders")).willReturn(aResponse().withStatus(201)));
        String crm = ChannelFixtures.connect(live.owner(), live.businessId(), "WEBHOOK",
                Map.of("url", wiremock.baseUrl() + crmPath), Map.of("secret", "crm-secret-1"), "LIVE");
        String id = published(live.owner(), workflow("Try me", manual(), List.of(
                step("notify", "notification", alert(live, "+919812345678"), "next", "move"),
                step("move", "dataUpdate", Map.of("record", "lead", "id", "{{trigger.leadId}}", "status", "QUALIFIED"),
                        "next", "call"),
                step("call", "externalApi", Map.of("connectionId", crm, "method", "POST",
                        "url", wiremock.baseUrl() + crmPath + "/orders", "body", Map.of("lead", "{{trigger.leadId}}"))))));
        RequestPatternBuilder alertSent = live.sent().withRequestBody(WireMock.containing("lead_alert"));
        Map<String, Object> payload = Map.of("name", "Asha", "leadId", leadId);

        String test = live.owner().as().body(payload).post("/api/v1/workflows/" + id + "/run?sandbox=true").then()
                .statusCode(202).extract().path("executionId");
        awaitStatus(live.owner(), test, "SUCCEEDED");
        live.owner().as().get("/api/v1/workflow-executions/" + test).then().statusCode(200)
                .body("sandbox", equalTo(true))
                .body("output.notify.status", equalTo("SIMULATED"))
                .body("output.move.simulated", equalTo(true))
                .body("output.move.status", equalTo("QUALIFIED"))
                .body("output.call.simulated", equalTo(true));
        wiremock.verify(0, alertSent);
        wiremock.verify(0, postRequestedFor(urlEqualTo(crmPath + "/orders")));
        live.owner().as().get("/api/v1/leads/" + leadId).then().statusCode(200).body("status", org.hamcrest.Matchers.not("QUALIFIED"));
        assertThat(sql.count("select count(*) from delivery where tenant_id = $1 and idempotency_key like $2 "
                + "and mode = 'SANDBOX' and status = 'SIMULATED'", live.owner().tenantId(), "wf:" + test + ":%"))
                .as("the message is in the sandbox outbox as would have been sent").isEqualTo(1);

        String real = run(live.owner(), id, payload);
        awaitStatus(live.owner(), real, "SUCCEEDED");
        live.owner().as().get("/api/v1/workflow-executions/" + real).then().body("sandbox", equalTo(false));
        wiremock.verify(1, alertSent);
        wiremock.verify(1, postRequestedFor(urlEqualTo(crmPath + "/orders")));
        live.owner().as().get("/api/v1/leads/" + leadId).then().body("status", equalTo("QUALIFIED"));
    }

    @Test
    void aPassStillRunningWhenItsExecutionIsCancelledStartsNoFurtherEffect() {
        Live live = liveWhatsApp(200);
        String id = published(live.owner(), workflow("Late cancel", manual(), List.of(
                step("wait1", "delay", Map.of("duration", "PT1H"), "next", "notify"),
                step("notify", "notification", alert(live, "+919812345678")))));
        String execution = run(live.owner(), id, Map.of("name", "Asha"));
        awaitStatus(live.owner(), execution, "WAITING");
        UUID tenantId = live.owner().tenantId();
        Instant now = clock.instant();
        ExecutionStore.StepRunRow notify = new ExecutionStore.StepRunRow("notify", "notify", "notification",
                StepRunStatus.RUNNING, 1, null, "{}", null, null, null, now, null);

        sql.query("update workflow_execution set status = 'RUNNING' where id = $1", UUID.fromString(execution));
        assertThat(store.startEffect(tenantId, UUID.fromString(execution), notify).await().atMost(Duration.ofSeconds(30)))
                .as("a running execution may start its effect").isTrue();
        live.owner().as().post("/api/v1/workflow-executions/" + execution + "/cancel").then().statusCode(200);
        sql.query("delete from workflow_step_run where execution_id = $1 and step_id = 'notify'", UUID.fromString(execution));
        assertThat(store.startEffect(tenantId, UUID.fromString(execution), notify).await().atMost(Duration.ofSeconds(30)))
                .as("a cancelled execution may not").isFalse();
        assertThat(sql.count("select count(*) from workflow_step_run where execution_id = $1 and step_id = 'notify'",
                UUID.fromString(execution))).isZero();
        clock.advance(Duration.ofHours(2));
        runDueJobs();
        assertThat(status(live.owner(), execution)).isEqualTo("CANCELLED");
        wiremock.verify(0, live.sent());
    }

    @Test
    void aNotificationIsSentOnceEvenWhenTheExecutionIsResumedAfterACrash() {
        Live live = liveWhatsApp(200);
        String id = published(live.owner(), workflow("Alert", manual(), List.of(
                step("notify", "notification", alert(live, "{{trigger.phone}}"), "next", "after"),
                script("after", "{'sent': steps.notify.output.status}"))));
        String execution = run(live.owner(), id, Map.of("name", "Asha", "phone", "+919812345678"));
        awaitStatus(live.owner(), execution, "SUCCEEDED");
        wiremock.verify(1, live.sent()
                .withHeader("Authorization", WireMock.equalTo("Bearer " + ChannelFixtures.WA_TOKEN))
                .withRequestBody(matchingJsonPath("$.messaging_product", WireMock.equalTo("whatsapp")))
                .withRequestBody(matchingJsonPath("$.to", WireMock.equalTo("919812345678")))
                .withRequestBody(matchingJsonPath("$.type", WireMock.equalTo("template")))
                .withRequestBody(matchingJsonPath("$.template.name", WireMock.equalTo("lead_alert")))
                .withRequestBody(matchingJsonPath("$.template.components[0].parameters[0].text",
                        WireMock.equalTo("Asha"))));

        // the instance died right after the platform answered: the step run is still RUNNING, the pass held a lease
        UUID executionId = UUID.fromString(execution);
        sql.query("update workflow_step_run set status = 'RUNNING', output = null, finished_at = null "
                + "where execution_id = $1 and step_id = 'notify'", executionId);
        sql.query("delete from workflow_step_run where execution_id = $1 and step_id = 'after'", executionId);
        sql.query("update workflow_execution set status = 'RUNNING', output = null, finished_at = null, lease_until = $2 "
                + "where id = $1", executionId, clock.instant().plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC));
        sql.query("update job set status = 'PENDING', finished_at = null where idempotency_key = $1",
                "wf:" + execution + ":lease:1");

        runDueJobs();
        assertThat(status(live.owner(), execution)).isEqualTo("RUNNING");
        clock.advance(Duration.ofMinutes(3));
        runDueJobs();
        awaitStatus(live.owner(), execution, "SUCCEEDED");
        live.owner().as().get("/api/v1/workflow-executions/" + execution).then()
                .body("steps.find { it.stepId == 'notify' }.output.duplicate", equalTo(true))
                .body("output.after.sent", equalTo("SENT"));
        wiremock.verify(1, live.sent());
    }

    @Test
    void parallelBranchesAllCompleteBeforeTheJoinGoesOn() {
        Live live = liveWhatsApp(200);
        String id = published(live.owner(), workflow("Fan out", manual(), List.of(
                step("both", "parallel", Map.of("branches", List.of("owner", "manager", "pause")), "next", "after"),
                step("owner", "notification", alert(live, "+919800000001")),
                step("manager", "notification", alert(live, "+919800000002")),
                step("pause", "delay", Map.of("duration", "PT1H")),
                script("after", "{'joined': size(steps.both.output)}"))));
        String execution = run(live.owner(), id, Map.of("name", "Asha"));
        awaitStatus(live.owner(), execution, "WAITING");
        live.owner().as().get("/api/v1/workflow-executions/" + execution).then()
                .body("steps.find { it.stepId == 'owner' }.status", equalTo("SUCCEEDED"))
                .body("steps.find { it.stepId == 'manager' }.status", equalTo("SUCCEEDED"))
                .body("steps.find { it.stepId == 'pause' }.status", equalTo("WAITING"));

        clock.advance(Duration.ofMinutes(61));
        runDueJobs();
        awaitStatus(live.owner(), execution, "SUCCEEDED");
        live.owner().as().get("/api/v1/workflow-executions/" + execution).then()
                .body("output.after.joined", equalTo(3));
        wiremock.verify(1, live.sent().withRequestBody(matchingJsonPath("$.to", WireMock.equalTo("919800000001"))));
        wiremock.verify(1, live.sent().withRequestBody(matchingJsonPath("$.to", WireMock.equalTo("919800000002"))));
    }

    @Test
    void aStepThatFailsItsLastAttemptFailsTheExecutionWithAManualTaskAndRetryGoesOnFromIt() {
        Live live = liveWhatsApp(400);
        String id = live.owner().as().body(new HashMap<>(Map.of("name", "Alert owner", "businessId", live.businessId(),
                "trigger", manual(), "steps", List.of(
                        script("first", "{'n': 1}", "next", "notify"),
                        step("notify", "notification", alert(live, "+919812345678")))))).post("/api/v1/workflows")
                .then().statusCode(201).extract().path("id");
        live.owner().as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(200);
        String execution = run(live.owner(), id, Map.of("name", "Asha"));
        awaitStatus(live.owner(), execution, "FAILED");
        live.owner().as().get("/api/v1/workflow-executions/" + execution).then()
                .body("failedStep", equalTo("notify"));
        live.owner().as().get("/api/v1/businesses/" + live.businessId() + "/manual-tasks").then().statusCode(200)
                .body("guidanceKey", hasItem("workflow-failed"))
                .body("find { it.guidanceKey == 'workflow-failed' }.title",
                        equalTo("Workflow 'Alert owner' failed at step notify"));
        live.owner().as().header("Accept-Language", "ar").get("/api/v1/businesses/" + live.businessId()
                + "/manual-tasks").then().statusCode(200)
                .body("find { it.guidanceKey == 'workflow-failed' }.title",
                        equalTo("فشل سير العمل \"Alert owner\" عند الخطوة notify"))
                .body("find { it.guidanceKey == 'workflow-failed' }.trigger",
                        equalTo("تنفيذ سير العمل " + execution));

        stubWhatsApp(live.pnid(), 200);
        live.owner().as().post("/api/v1/workflow-executions/" + execution + "/retry").then().statusCode(200);
        awaitStatus(live.owner(), execution, "SUCCEEDED");
        live.owner().as().get("/api/v1/workflow-executions/" + execution).then()
                .body("steps.find { it.stepId == 'notify' }.attempt", equalTo(2))
                .body("steps.find { it.stepId == 'first' }.attempt", equalTo(1));
        live.owner().as().post("/api/v1/workflow-executions/" + execution + "/retry").then().statusCode(409);
    }

    @Test
    void aLeadFromThePublicFormStartsItsWorkflowOnceEvenWhenTheEventIsDeliveredTwice() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> business = new HashMap<>(Accounts.business("Glow"));
        String formKey = owner.as().body(business).post("/api/v1/businesses").then().statusCode(201)
                .extract().path("leadFormKey");
        Map<String, Object> body = workflow("Website leads", Map.of("type", "event", "event", "lead.created",
                "filter", "trigger.source == 'FORM'"), List.of(script("greet", "{'greeting': 'Hi ' + trigger.name}")));
        String id = published(owner, body);

        given().contentType("application/json").body(Map.of("name", "Riya Das", "phone", "098300 11223",
                "message", "Bridal makeup?")).post("/public/lead-forms/" + formKey).then().statusCode(202);
        eventually(() -> {
            outbox.relayPending().await().atMost(Duration.ofSeconds(30));
            return sql.count("select count(*) from workflow_execution where tenant_id = $1 and status = 'SUCCEEDED'",
                    owner.tenantId()) == 1;
        }, "the workflow to run for the new lead");

        // the same event delivered again (as after a crash before its acknowledgement)
        sql.query("update outbox set status = 'PENDING', published_at = null, claimed_until = null, next_attempt_at = null "
                + "where tenant_id = $1 and topic = 'lead.created'",
                owner.tenantId());
        outbox.relayPending().await().atMost(Duration.ofSeconds(30));
        eventually(() -> sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'lead.created' "
                + "and published_at is not null and attempts >= 2", owner.tenantId()) == 1, "the second delivery");
        assertThat(sql.count("select count(*) from workflow_execution where tenant_id = $1", owner.tenantId())).isOne();
        owner.as().get("/api/v1/workflow-executions?workflowId=" + id).then().statusCode(200)
                .body("[0].triggerType", equalTo("event"))
                .body("[0].output.greet.greeting", equalTo("Hi Riya Das"));
    }
}
