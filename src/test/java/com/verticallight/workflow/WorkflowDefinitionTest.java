package com.verticallight.workflow;

import static com.verticallight.workflow.WorkflowFixtures.manual;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.run;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static com.verticallight.workflow.WorkflowFixtures.workflow;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkflowDefinitionTest {

    private static Map<String, Object> script(String id, String expression, Object... edges) {
        return step(id, "script", Map.of("expression", expression), edges);
    }

    @Test
    void anInvalidGraphAnswers400NamingEachStepAndField() {
        Account owner = Accounts.signup("BASIC");
        Account other = Accounts.signup("BASIC");
        String othersConnection = ChannelFixtures.whatsapp(other, ChannelFixtures.businessOf(other),
                ChannelFixtures.uniqueId(), "SANDBOX");
        Map<String, Object> body = workflow("Broken", manual(), List.of(
                step("check", "condition", Map.of("expression", "'budget' > 20000"), "onTrue", "wait1", "onFalse", "nowhere"),
                step("wait1", "delay", Map.of("duration", "two hours"), "next", "notify"),
                step("notify", "notification", Map.of("connectionId", othersConnection, "to", "{{trigger.phone",
                        "text", "Hi {{trigger.name +}}"), "next", "mystery"),
                step("mystery", "teleport", Map.of()),
                script("orphan", "{'a': 1}")));
        owner.as().body(body).post("/api/v1/workflows").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("steps[check].settings.expression", "steps[check].onFalse",
                        "steps[wait1].settings.duration", "steps[notify].settings.connectionId",
                        "steps[notify].settings.text", "steps[mystery].type"));
        owner.as().get("/api/v1/workflows").then().statusCode(200).body("name", not(hasItem("Broken")));
    }

    /** Step errors read in the reader's language (Accept-Language, else the saved one); fields and status stay. */
    @Test
    void aStepsErrorsAreWrittenInHindiAndArabicAndInEnglishByDefault() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = workflow("Broken wait", manual(), List.of(
                step("wait1", "delay", Map.of("duration", "two hours"), "next", "nowhere")));
        owner.as().header("Accept-Language", "hi").body(body).post("/api/v1/workflows").then().statusCode(400)
                .contentType("application/problem+json").header("Content-Language", "hi")
                .body("errors.field", contains("steps[wait1].next", "steps[wait1].settings.duration"))
                .body("errors.message", contains("'nowhere' नाम का कोई चरण नहीं है",
                        "ISO-8601 अवधि होनी चाहिए, जैसे PT2H या P1D"));
        owner.as().header("Accept-Language", "ar").body(body).post("/api/v1/workflows").then().statusCode(400)
                .header("Content-Language", "ar")
                .body("errors.field", contains("steps[wait1].next", "steps[wait1].settings.duration"))
                .body("errors.message", contains("لا يؤدي إلى أي خطوة باسم 'nowhere'",
                        "يجب أن تكون مدة بصيغة ISO-8601 مثل PT2H أو P1D"));
        owner.as().body(body).post("/api/v1/workflows").then().statusCode(400)
                .body("errors.message", contains("leads to no step 'nowhere'",
                        "must be an ISO-8601 duration such as PT2H or P1D"));
        owner.as().body(Map.of("language", "ar")).put("/api/v1/me/language").then().statusCode(200);
        owner.as().body(body).post("/api/v1/workflows/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.field", contains("steps[wait1].next", "steps[wait1].settings.duration"))
                .body("errors.message[1]", equalTo("يجب أن تكون مدة بصيغة ISO-8601 مثل PT2H أو P1D"));
        owner.as().get("/api/v1/workflows").then().statusCode(200).body("name", not(hasItem("Broken wait")));
    }

    @Test
    void unreachableStepsAndCyclesWithoutALoopAreRefused() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(workflow("Orphan", manual(), List.of(script("a", "{'x': 1}"), script("orphan", "{'y': 2}"))))
                .post("/api/v1/workflows").then().statusCode(400)
                .body("errors.field", contains("steps[orphan]"));
        owner.as().body(workflow("Cycle", manual(), List.of(script("a", "{'x': 1}", "next", "b"),
                script("b", "{'y': 2}", "next", "a")))).post("/api/v1/workflows").then().statusCode(400)
                .body("errors[0].field", equalTo("steps[b]"));
        owner.as().body(workflow("Event", Map.of("type", "event", "event", "lead.vanished", "filter", "1"),
                List.of(script("a", "{'x': 1}")))).post("/api/v1/workflows").then().statusCode(400)
                .body("errors.field", hasItems("trigger.event", "trigger.filter"));
        owner.as().body(Map.of("name", "Check only", "trigger", manual(), "steps",
                List.of(script("a", "'not a map'")))).post("/api/v1/workflows/validate").then().statusCode(200)
                .body("valid", equalTo(false)).body("errors[0].field", equalTo("steps[a].settings.expression"));
    }

    @Test
    void publishingFreezesANumberedVersionAndTheDraftMovesOn() {
        Account owner = Accounts.signup("BASIC");
        String id = owner.as().body(workflow("Versions", manual(), List.of(script("a", "{'v': 1}"))))
                .post("/api/v1/workflows").then().statusCode(201).body("publishedVersion", equalTo(null))
                .body("active", equalTo(false)).extract().path("id");
        owner.as().post("/api/v1/workflows/" + id + "/run").then().statusCode(409);
        owner.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(200).body("version", equalTo(1));
        owner.as().body(workflow("Versions", manual(), List.of(script("a", "{'v': 2}"))))
                .put("/api/v1/workflows/" + id).then().statusCode(200).body("publishedVersion", equalTo(1));
        owner.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(200).body("version", equalTo(2));
        owner.as().get("/api/v1/workflows/" + id + "/versions").then().statusCode(200).body("number", contains(2, 1));
        owner.as().get("/api/v1/workflows/" + id + "/versions/1").then().statusCode(200)
                .body("definition.steps[0].settings.expression", equalTo("{'v': 1}"));
        owner.as().get("/api/v1/workflows/" + id + "/versions/3").then().statusCode(404);
    }

    @Test
    void activeWorkflowsAreLimitedByThePlanWith409() {
        Account trial = Accounts.signup("TRIAL");
        String first = published(trial, workflow("First", manual(), List.of(script("a", "{'x': 1}"))));
        String second = trial.as().body(workflow("Second", manual(), List.of(script("a", "{'x': 1}"))))
                .post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        trial.as().post("/api/v1/workflows/" + second + "/publish").then().statusCode(409)
                .contentType("application/problem+json").body("limit", equalTo("workflows")).body("allowed", equalTo(1));
        trial.as().post("/api/v1/workflows/" + first + "/publish").then().statusCode(200).body("version", equalTo(2));
        trial.as().post("/api/v1/workflows/" + first + "/pause").then().statusCode(200).body("active", equalTo(false));
        trial.as().post("/api/v1/workflows/" + first + "/run").then().statusCode(409);
        trial.as().post("/api/v1/workflows/" + second + "/publish").then().statusCode(200);
        trial.as().post("/api/v1/workflows/" + first + "/resume").then().statusCode(409).body("limit", equalTo("workflows"));
    }

    @Test
    void anotherTenantGets404OnTheWorkflowAndItsExecutions() {
        Account a = Accounts.signup("BASIC");
        Account b = Accounts.signup("BASIC");
        Map<String, Object> definition = workflow("Private", manual(), List.of(script("a", "{'x': 1}")));
        String id = published(a, definition);
        String execution = run(a, id, Map.of("secret", "A's data"));
        WorkflowFixtures.awaitStatus(a, execution, "SUCCEEDED");

        b.as().get("/api/v1/workflows/" + id).then().statusCode(404);
        b.as().body(definition).put("/api/v1/workflows/" + id).then().statusCode(404);
        b.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(404);
        b.as().post("/api/v1/workflows/" + id + "/pause").then().statusCode(404);
        b.as().get("/api/v1/workflows/" + id + "/versions/1").then().statusCode(404);
        b.as().body(Map.of()).post("/api/v1/workflows/" + id + "/run").then().statusCode(404);
        b.as().delete("/api/v1/workflows/" + id).then().statusCode(404);
        b.as().get("/api/v1/workflow-executions/" + execution).then().statusCode(404);
        b.as().post("/api/v1/workflow-executions/" + execution + "/cancel").then().statusCode(404);
        b.as().post("/api/v1/workflow-executions/" + execution + "/retry").then().statusCode(404);
        b.as().get("/api/v1/workflows").then().statusCode(200).body("id", not(hasItem(id)));
        b.as().get("/api/v1/workflow-executions").then().statusCode(200).body("id", not(hasItem(execution)));
        a.as().get("/api/v1/workflow-executions?workflowId=" + id).then().statusCode(200).body("id", contains(execution));
    }
}
