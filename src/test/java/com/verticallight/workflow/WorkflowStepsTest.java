package com.verticallight.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.verticallight.workflow.WorkflowFixtures.awaitStatus;
import static com.verticallight.workflow.WorkflowFixtures.manual;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.run;
import static com.verticallight.workflow.WorkflowFixtures.status;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static com.verticallight.workflow.WorkflowFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.verticallight.channel.ChannelFixtures;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The data query, data update, external API, loop and AI prediction steps, each on a known input. */
@QuarkusTest
class WorkflowStepsTest {

    @Inject
    JobRunner jobs;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Owner(Account account, String businessId) {
    }

    private static Owner owner() {
        Account account = Accounts.signup("BASIC");
        return new Owner(account, Accounts.createBusiness(account, "Steps test salon"));
    }

    private static String lead(Owner o, String phone, long valueMinor) {
        return o.account().as().body(Map.of("name", "Lead " + phone, "phone", phone, "message", "Hello",
                "valueMinor", valueMinor)).post("/api/v1/businesses/" + o.businessId() + "/leads").then()
                .statusCode(201).extract().path("id");
    }

    private static JsonPath execution(Account owner, String id) {
        return owner.as().get("/api/v1/workflow-executions/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Runs a one-off workflow by hand and waits until it ends with the status. */
    private static JsonPath ran(Owner o, List<Map<String, Object>> steps, Map<String, Object> payload, String status) {
        return ran(o, published(o.account(), workflow("Steps " + UUID.randomUUID(), manual(), steps)), payload, status);
    }

    private static JsonPath ran(Owner o, String workflowId, Map<String, Object> payload, String status) {
        String execution = run(o.account(), workflowId, payload);
        awaitStatus(o.account(), execution, status);
        return execution(o.account(), execution);
    }

    @Test
    void aDataQueryReturnsTheTenantsMatchingRowsAndNeverAnotherTenants() {
        Owner a = owner();
        Owner b = owner();
        String small = lead(a, "+919830011001", 5_000);
        String big = lead(a, "+919830011002", 2_500_000);
        String others = lead(b, "+919830011003", 9_000_000);

        JsonPath all = ran(a, List.of(step("q", "dataQuery", Map.of("query", "leads", "limit", 10))), Map.of(),
                "SUCCEEDED");
        assertThat(all.getInt("output.q.count")).isEqualTo(2);
        assertThat(all.getList("output.q.rows.id", String.class)).containsExactlyInAnyOrder(small, big)
                .doesNotContain(others);

        JsonPath filtered = ran(a, List.of(step("q", "dataQuery", Map.of("query", "leads",
                "filters", Map.of("minValueMinor", "{{trigger.min}}", "businessId", a.businessId())))),
                Map.of("min", 1_000_000), "SUCCEEDED");
        assertThat(filtered.getList("output.q.rows.id", String.class)).containsExactly(big);
        assertThat(filtered.getLong("output.q.rows[0].valueMinor")).isEqualTo(2_500_000L);
        assertThat(filtered.getString("output.q.rows[0].businessId")).isEqualTo(a.businessId());

        // B filtering by A's business sees nothing of A's
        JsonPath snooping = ran(b, List.of(step("q", "dataQuery", Map.of("query", "leads",
                "filters", Map.of("businessId", a.businessId())))), Map.of(), "SUCCEEDED");
        assertThat(snooping.getInt("output.q.count")).isZero();
    }

    @Test
    void aBusinessWorkflowsExpressionsReadTheBusinessVariables() {
        Owner o = owner();
        Map<String, Object> definition = new java.util.LinkedHashMap<>(workflow("Business vars " + UUID.randomUUID(),
                manual(), List.of(step("s", "script", Map.of("expression", "{'city': business.city, 'hello': 'Hi'}")))));
        definition.put("businessId", o.businessId());
        JsonPath done = ran(o, published(o.account(), definition), Map.of(), "SUCCEEDED");
        assertThat(done.getString("output.s.city")).isEqualTo("Kolkata");
        assertThat(done.getString("output.s.hello")).isEqualTo("Hi");
    }

    @Test
    void aDataQueryWithAnUnknownQueryFilterOrLimitAnswers400NamingTheField() {
        Owner a = owner();
        a.account().as().body(workflow("Bad query", manual(), List.of(
                step("q", "dataQuery", Map.of("query", "leads", "limit", 501,
                        "filters", Map.of("status", "WON", "colour", "red"))),
                step("r", "dataQuery", Map.of("query", "select * from lead"))))).post("/api/v1/workflows").then()
                .statusCode(400)
                .body("errors.field", hasItem("steps[q].settings.limit"))
                .body("errors.field", hasItem("steps[q].settings.filters.status"))
                .body("errors.field", hasItem("steps[q].settings.filters.colour"))
                .body("errors.field", hasItem("steps[r].settings.query"));
    }

    @Test
    void aDataUpdateMovesALeadThroughTheLeadServiceAndFailsOnABadValueOrAnotherTenantsLead() {
        Owner a = owner();
        Owner b = owner();
        String leadId = lead(a, "+919830022001", 1_000);
        String othersLead = lead(b, "+919830022002", 1_000);
        String steps = published(a.account(), workflow("Move lead", manual(), List.of(step("move", "dataUpdate",
                Map.of("record", "lead", "id", "{{trigger.leadId}}", "status", "{{trigger.status}}",
                        "note", "qualified by workflow")))));

        JsonPath moved = ran(a, steps, Map.of("leadId", leadId, "status", "QUALIFIED"), "SUCCEEDED");
        assertThat(moved.getString("output.move.status")).isEqualTo("QUALIFIED");
        a.account().as().get("/api/v1/leads/" + leadId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("QUALIFIED"));

        JsonPath invalid = ran(a, steps, Map.of("leadId", leadId, "status", "WON"), "FAILED");
        assertThat(invalid.getString("error")).contains("status 'WON'").contains("must be one of");
        JsonPath backToNew = ran(a, steps, Map.of("leadId", leadId, "status", "NEW"), "FAILED");
        assertThat(backToNew.getString("error")).contains("a lead cannot go back to NEW");

        JsonPath foreign = ran(a, steps, Map.of("leadId", othersLead, "status", "LOST"), "FAILED");
        assertThat(foreign.getString("error")).containsIgnoringCase("not found");
        b.account().as().get("/api/v1/leads/" + othersLead).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.not("LOST"));

        a.account().as().body(workflow("Bad update", manual(), List.of(step("u", "dataUpdate",
                Map.of("record", "lead", "id", leadId, "status", "WON"))))).post("/api/v1/workflows").then()
                .statusCode(400).body("errors.field", hasItem("steps[u].settings.status"));
    }

    private String webhookConnection(Owner o, String path) {
        return ChannelFixtures.connect(o.account(), o.businessId(), "WEBHOOK",
                Map.of("url", wiremock.baseUrl() + path), Map.of("secret", "crm-secret-1"), "LIVE");
    }

    private static Map<String, Object> orderCall(String connection, String path) {
        return Map.of("connectionId", connection, "method", "POST", "url", "{{trigger.base}}" + path + "/orders/{{trigger.ref}}",
                "headers", Map.of("X-Source", "vlos-{{trigger.ref}}"), "auth", "bearer",
                "body", Map.of("customer", "{{trigger.name}}", "amount", "{{trigger.amount}}"));
    }

    @Test
    void anExternalApiCallSendsTheRenderedRequestOnceEvenWhenResumedAfterACrash() {
        Owner o = owner();
        String path = "/crm-" + UUID.randomUUID();
        String connection = webhookConnection(o, path);
        wiremock.stubFor(post(urlEqualTo(path + "/orders/A-17")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withHeader("Location", path + "/orders/A-17")
                .withBody("{\"orderId\":\"ord_1\",\"ok\":true}")));
        String id = published(o.account(), workflow("Order", manual(), List.of(
                step("call", "externalApi", orderCall(connection, path), "next", "after"),
                step("after", "script", Map.of("expression", "{'order': steps.call.output.body.orderId}")))));
        String execution = run(o.account(), id, Map.of("base", wiremock.baseUrl(), "ref", "A-17", "name", "Asha",
                "amount", 1500));
        awaitStatus(o.account(), execution, "SUCCEEDED");
        var sent = postRequestedFor(urlEqualTo(path + "/orders/A-17"))
                .withHeader("Authorization", equalTo("Bearer crm-secret-1"))
                .withHeader("X-Source", equalTo("vlos-A-17"))
                .withHeader("Idempotency-Key", equalTo("wf:" + execution + ":call"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"customer\":\"Asha\",\"amount\":\"1500\"}"));
        wiremock.verify(1, sent);
        JsonPath done = execution(o.account(), execution);
        assertThat(done.getInt("output.call.status")).isEqualTo(201);
        assertThat(done.getString("output.call.headers.location")).isEqualTo(path + "/orders/A-17");
        assertThat(done.getString("output.after.order")).isEqualTo("ord_1");
        assertThat(done.getString("steps.find { it.stepId == 'call' }.input.connectionId")).isEqualTo(connection);

        // the instance died right after the API answered: the step run is still RUNNING, the pass held a lease
        UUID executionId = UUID.fromString(execution);
        sql.query("update workflow_step_run set status = 'RUNNING', output = null, finished_at = null "
                + "where execution_id = $1 and step_id = 'call'", executionId);
        sql.query("delete from workflow_step_run where execution_id = $1 and step_id = 'after'", executionId);
        sql.query("update workflow_execution set status = 'RUNNING', output = null, finished_at = null, lease_until = $2 "
                + "where id = $1", executionId, clock.instant().plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC));
        sql.query("update job set status = 'PENDING', finished_at = null where idempotency_key = $1",
                "wf:" + execution + ":lease:1");
        clock.advance(Duration.ofMinutes(3));
        jobs.runDue("workflow-steps-test").await().atMost(Duration.ofSeconds(60));
        awaitStatus(o.account(), execution, "SUCCEEDED");
        assertThat(execution(o.account(), execution).getString("output.after.order")).isEqualTo("ord_1");
        wiremock.verify(1, postRequestedFor(urlEqualTo(path + "/orders/A-17")));
    }

    @Test
    void anExternalApiCallIsRetriedAfterA500AndA4xxTakesTheErrorPath() {
        Owner o = owner();
        String path = "/crm-" + UUID.randomUUID();
        String connection = webhookConnection(o, path);
        String scenario = "flaky-" + path;
        wiremock.stubFor(post(urlEqualTo(path + "/orders/R-1")).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));
        wiremock.stubFor(post(urlEqualTo(path + "/orders/R-1")).inScenario(scenario)
                .whenScenarioStateIs("recovered").willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        JsonPath retried = ran(o, List.of(step("call", "externalApi", orderCall(connection, path))),
                Map.of("base", wiremock.baseUrl(), "ref", "R-1", "name", "Ravi", "amount", 10), "SUCCEEDED");
        assertThat(retried.getInt("output.call.status")).isEqualTo(200);
        assertThat(retried.getBoolean("output.call.body.ok")).isTrue();
        wiremock.verify(2, postRequestedFor(urlEqualTo(path + "/orders/R-1")));

        wiremock.stubFor(post(urlEqualTo(path + "/orders/BAD")).willReturn(aResponse().withStatus(422)
                .withBody("{\"error\":\"amount must be positive\"}")));
        JsonPath refused = ran(o, List.of(
                step("call", "externalApi", orderCall(connection, path), "onError", "handle"),
                step("handle", "script", Map.of("expression", "{'why': steps.call.error}"))),
                Map.of("base", wiremock.baseUrl(), "ref", "BAD", "name", "Ravi", "amount", -1), "SUCCEEDED");
        assertThat(refused.getString("output.handle.why")).contains("HTTP 422").contains("amount must be positive");
        wiremock.verify(1, postRequestedFor(urlEqualTo(path + "/orders/BAD")));
    }

    @Test
    void anExternalApiStepRefusesCredentialsInTheDefinitionAndAnUnknownConnection() {
        Owner o = owner();
        o.account().as().body(workflow("Leaky", manual(), List.of(step("call", "externalApi", Map.of(
                "connectionId", UUID.randomUUID().toString(), "url", "https://api.example.com/x",
                "method", "FETCH", "headers", Map.of("Authorization", "Bearer sk_live_123")))))).post("/api/v1/workflows")
                .then().statusCode(400)
                .body("errors.field", hasItem("steps[call].settings.headers.Authorization"))
                .body("errors.field", hasItem("steps[call].settings.method"))
                .body("errors.field", hasItem("steps[call].settings.connectionId"));
    }

    @Test
    void anAiPredictionOfAnUnknownModelAnswers400() {
        Owner o = owner();
        o.account().as().body(workflow("Predict", manual(), List.of(step("p", "aiPrediction", Map.of(
                "modelId", "lead-quality", "inputs", Map.of("budget", "{{trigger.valueMinor}}"))))))
                .post("/api/v1/workflows").then().statusCode(400)
                .body("errors.find { it.field == 'steps[p].settings.modelId' }.message",
                        containsString("no deployed model with this id"));
    }

    @Test
    void aLoopCallsOncePerItemWithTheIndexInItsKeyAndNeverTwiceAfterACrashAndHonoursMaxItems() {
        Owner o = owner();
        String path = "/people-" + UUID.randomUUID();
        String connection = webhookConnection(o, path);
        wiremock.stubFor(post(urlPathMatching(path + "/people/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        String id = published(o.account(), workflow("Each person", manual(), List.of(
                step("each", "loop", Map.of("items", "trigger.people", "body", "call", "maxItems", 5,
                        "concurrency", 2), "next", "after"),
                step("call", "externalApi", Map.of("connectionId", connection, "method", "POST",
                        "url", "{{trigger.base}}" + path + "/people/{{vars.index}}",
                        "body", Map.of("name", "{{vars.item.name}}"))),
                step("after", "script", Map.of("expression", "{'calls': size(steps.each.output)}")))));
        List<Map<String, Object>> three = List.of(Map.of("name", "Asha"), Map.of("name", "Ravi"),
                Map.of("name", "Meera"));
        String execution = run(o.account(), id, Map.of("base", wiremock.baseUrl(), "people", three));
        awaitStatus(o.account(), execution, "SUCCEEDED");
        List<String> names = List.of("Asha", "Ravi", "Meera");
        for (int i = 0; i < 3; i++) {
            wiremock.verify(1, postRequestedFor(urlEqualTo(path + "/people/" + i))
                    .withHeader("Idempotency-Key", equalTo("wf:" + execution + ":call#" + i))
                    .withRequestBody(equalToJson("{\"name\":\"" + names.get(i) + "\"}")));
        }
        JsonPath done = execution(o.account(), execution);
        assertThat(done.getInt("output.after.calls")).isEqualTo(3);
        assertThat(done.getList("steps.stepKey", String.class)).contains("call#0", "call#1", "call#2");

        // the instance died while the loop ran: item 1's call is RUNNING again, the loop and what follows not done
        UUID executionId = UUID.fromString(execution);
        sql.query("update workflow_step_run set status = 'RUNNING', output = null, finished_at = null "
                + "where execution_id = $1 and step_key = 'call#1'", executionId);
        sql.query("delete from workflow_step_run where execution_id = $1 and step_id in ('each', 'after')", executionId);
        sql.query("update workflow_execution set status = 'RUNNING', output = null, finished_at = null, lease_until = $2 "
                + "where id = $1", executionId, clock.instant().plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC));
        sql.query("update job set status = 'PENDING', finished_at = null where idempotency_key = $1",
                "wf:" + execution + ":lease:1");
        clock.advance(Duration.ofMinutes(3));
        jobs.runDue("workflow-steps-test").await().atMost(Duration.ofSeconds(60));
        awaitStatus(o.account(), execution, "SUCCEEDED");
        assertThat(execution(o.account(), execution).getInt("output.after.calls")).isEqualTo(3);
        wiremock.verify(3, postRequestedFor(urlPathMatching(path + "/people/.*")));

        List<Map<String, Object>> six = List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c"),
                Map.of("name", "d"), Map.of("name", "e"), Map.of("name", "f"));
        String tooMany = run(o.account(), id, Map.of("base", wiremock.baseUrl(), "people", six));
        awaitStatus(o.account(), tooMany, "FAILED");
        assertThat(execution(o.account(), tooMany).getString("error")).contains("6 entries, more than maxItems 5");
        wiremock.verify(3, postRequestedFor(urlPathMatching(path + "/people/.*")));

        o.account().as().body(workflow("Bad loop", manual(), List.of(step("each", "loop",
                Map.of("items", "trigger.people", "maxItems", 1001, "concurrency", 11))))).post("/api/v1/workflows")
                .then().statusCode(400)
                .body("errors.field", hasItem("steps[each].settings.body"))
                .body("errors.field", hasItem("steps[each].settings.maxItems"))
                .body("errors.field", hasItem("steps[each].settings.concurrency"));
    }
}
