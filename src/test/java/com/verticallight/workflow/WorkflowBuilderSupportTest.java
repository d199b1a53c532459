package com.verticallight.workflow;

import static com.verticallight.workflow.WorkflowFixtures.awaitStatus;
import static com.verticallight.workflow.WorkflowFixtures.manual;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.run;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static com.verticallight.workflow.WorkflowFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the workflow builder needs besides the engine's API: try an expression, real test payloads, continue now. */
@QuarkusTest
class WorkflowBuilderSupportTest {

    private static final String EVALUATE = "/api/v1/workflow-expressions/evaluate";

    @Test
    void anExpressionIsEvaluatedOnTheGivenVariablesWithTheEnginesEvaluator() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> variables = Map.of("trigger", Map.of("source", "FORM", "valueMinor", 2500000),
                "steps", Map.of("score", Map.of("output", Map.of("points", 7))));
        owner.as().body(Map.of("expression", "trigger.source == 'FORM' && steps.score.output.points > 5",
                "kind", "bool", "variables", variables)).post(EVALUATE).then().statusCode(200)
                .body("valid", equalTo(true)).body("value", equalTo(true)).body("error", nullValue());
        owner.as().body(Map.of("expression", "Hello, a lead from {{trigger.source}} worth {{trigger.valueMinor / 100}}",
                "kind", "template", "variables", variables)).post(EVALUATE).then().statusCode(200)
                .body("value", equalTo("Hello, a lead from FORM worth 25000"));
        owner.as().body(Map.of("expression", "{'big': trigger.valueMinor > 2000000}", "kind", "map",
                "variables", variables)).post(EVALUATE).then().statusCode(200).body("value.big", equalTo(true));

        // the typed errors the engine gives at save time, and at run time
        owner.as().body(Map.of("expression", "now > 5", "kind", "bool", "variables", variables))
                .post(EVALUATE).then().statusCode(200).body("valid", equalTo(false)).body("stage", equalTo("check"))
                .body("error", containsString("found no matching overload for '_>_'"));
        owner.as().body(Map.of("expression", "trigger.budget > 5", "kind", "bool", "variables", variables))
                .post(EVALUATE).then().statusCode(200).body("valid", equalTo(false))
                .body("stage", equalTo("evaluate")).body("error", containsString("budget"));
    }

    @Test
    void anExpressionRequestIsBoundedAndStrict() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(Map.of("expression", "true", "variables", Map.of("trigger", Map.of("big", "x".repeat(70_000)))))
                .post(EVALUATE).then().statusCode(400).body("errors.field", hasItem("variables"));
        owner.as().body(Map.of("expression", "x".repeat(4001))).post(EVALUATE).then().statusCode(400)
                .body("errors.field", hasItem("expression"));
        owner.as().body(Map.of("kind", "bool")).post(EVALUATE).then().statusCode(400)
                .body("errors.field", hasItem("expression"));
        owner.as().body(Map.of("expression", "true", "kind", "maybe")).post(EVALUATE).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        owner.as().body(Map.of("expression", "true", "variables", Map.of("trigger", "FORM"))).post(EVALUATE).then()
                .statusCode(400).body("errors.field", hasItem("variables.trigger"));
        io.restassured.RestAssured.given().contentType("application/json").body(Map.of("expression", "true"))
                .post(EVALUATE).then().statusCode(401);
    }

    @Test
    void recentEventsAreTheTenantsOwnOfATopicNewestFirst() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Events salon");
        owner.as().body(Map.of("phone", "+919812340001", "name", "Asha", "message", "First"))
                .post("/api/v1/businesses/" + businessId + "/leads").then().statusCode(201);
        owner.as().body(Map.of("phone", "+919812340002", "name", "Ravi", "message", "Second"))
                .post("/api/v1/businesses/" + businessId + "/leads").then().statusCode(201);

        JsonPath events = owner.as().queryParam("topic", "lead.created").get("/api/v1/workflow-events").then()
                .statusCode(200).extract().jsonPath();
        assertThat(events.getList("topic", String.class)).containsOnly("lead.created");
        assertThat(events.getList("payload.phone", String.class)).containsExactly("+919812340002", "+919812340001");
        assertThat(events.getString("[0].payload.businessId")).isEqualTo(businessId);
        owner.as().queryParam("topic", "lead.created").queryParam("limit", 1).get("/api/v1/workflow-events").then()
                .statusCode(200).body("size()", equalTo(1));

        Account stranger = Accounts.signup("BASIC");
        stranger.as().queryParam("topic", "lead.created").get("/api/v1/workflow-events").then().statusCode(200)
                .body("size()", equalTo(0));
        owner.as().queryParam("topic", "inbound.whatsapp").get("/api/v1/workflow-events").then().statusCode(400)
                .body("errors.field", hasItem("topic"));
        owner.as().queryParam("limit", 51).get("/api/v1/workflow-events").then().statusCode(400);
    }

    @Test
    void continueNowEndsAWaitingDelayOnceAndSaysWhoDidIt() {
        Account owner = Accounts.signup("BASIC");
        String workflowId = published(owner, workflow("Wait an hour", manual(), List.of(
                step("wait1", "delay", Map.of("duration", "PT1H"), "next", "after"),
                step("after", "script", Map.of("expression", "{'done': true}")))));
        String execution = run(owner, workflowId, Map.of("name", "Asha"));
        awaitStatus(owner, execution, "WAITING");
        String path = "/api/v1/workflow-executions/" + execution + "/delays/wait1/continue";

        Accounts.signup("BASIC").as().post(path).then().statusCode(404);
        owner.as().post("/api/v1/workflow-executions/" + execution + "/delays/after/continue").then().statusCode(404);
        owner.as().post(path).then().statusCode(200);
        awaitStatus(owner, execution, "SUCCEEDED");

        JsonPath done = owner.as().get("/api/v1/workflow-executions/" + execution).then().statusCode(200)
                .extract().jsonPath();
        String waited = "steps.find { it.stepId == 'wait1' }.output.";
        assertThat(done.getString(waited + "continuedEarly")).as(done.prettify()).isEqualTo("true");
        assertThat(done.getString(waited + "continuedBy")).isEqualTo(owner.userId().toString());
        assertThat(done.getString(waited + "until")).isNotBlank();
        assertThat(done.getBoolean("steps.find { it.stepId == 'after' }.output.done")).isTrue();
        owner.as().post(path).then().statusCode(409);
    }
}
