package com.verticallight.workflow;

import static com.verticallight.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.fail;

import com.verticallight.support.Accounts.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflow definitions and helpers for the workflow tests, through the public API. */
final class WorkflowFixtures {

    private WorkflowFixtures() {
    }

    static Map<String, Object> manual() {
        return Map.of("type", "manual");
    }

    static Map<String, Object> step(String id, String type, Map<String, Object> settings, Object... edges) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("id", id);
        step.put("type", type);
        step.put("settings", settings);
        for (int i = 0; i + 1 < edges.length; i += 2) {
            step.put(String.valueOf(edges[i]), edges[i + 1]);
        }
        return step;
    }

    static Map<String, Object> workflow(String name, Map<String, Object> trigger, List<Map<String, Object>> steps) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("trigger", trigger);
        body.put("steps", steps);
        return body;
    }

    /** Creates and publishes; returns the workflow id. */
    static String published(Account owner, Map<String, Object> workflow) {
        String id = owner.as().body(workflow).post("/api/v1/workflows").then().log().ifValidationFails().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static String run(Account owner, String workflowId, Map<String, Object> payload) {
        return owner.as().body(payload).post("/api/v1/workflows/" + workflowId + "/run").then().statusCode(202)
                .extract().path("executionId");
    }

    static String status(Account owner, String executionId) {
        return owner.as().get("/api/v1/workflow-executions/" + executionId).then().statusCode(200).extract()
                .path("status");
    }

    /** Waits (polling, generous deadline) until the execution has the status. */
    static void awaitStatus(Account owner, String executionId, String expected) {
        eventually(() -> expected.equals(status(owner, executionId)),
                "execution " + executionId + " to be " + expected);
    }

}
