package com.verticallight.workflow;

import static com.verticallight.workflow.WorkflowFixtures.awaitStatus;
import static com.verticallight.workflow.WorkflowFixtures.manual;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.run;
import static com.verticallight.workflow.WorkflowFixtures.status;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The approval step: it waits durably for a person's decision and takes the approve, reject or timeout path. */
@QuarkusTest
class WorkflowApprovalTest {

    @Inject
    JobRunner jobs;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Owner(Account account, String businessId, String workflowId) {
    }

    /** ask (approval, 2 h timeout) → yes / no / late, each a script that records which path ran. */
    private static Owner approvalWorkflow() {
        Account account = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(account, "Approval salon");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Discount approval");
        body.put("businessId", businessId);
        body.put("trigger", manual());
        body.put("steps", List.of(
                step("ask", "approval", Map.of("question", "Give {{trigger.name}} a 10% discount?",
                        "data", Map.of("budget", "{{trigger.budget}}"), "timeout", "PT2H"),
                        "onApprove", "yes", "onReject", "no", "onTimeout", "late"),
                step("yes", "script", Map.of("expression", "{'path': 'approved', 'comment': steps.ask.output.comment}")),
                step("no", "script", Map.of("expression", "{'path': 'rejected', 'comment': steps.ask.output.comment}")),
                step("late", "script", Map.of("expression", "{'path': 'timed out'}"))));
        body.put("output", "vars");
        return new Owner(account, businessId, published(account, body));
    }

    private static String waitingExecution(Owner o) {
        String execution = run(o.account(), o.workflowId(), Map.of("name", "Asha", "budget", 25000));
        awaitStatus(o.account(), execution, "WAITING");
        return execution;
    }

    private static JsonPath execution(Account owner, String id) {
        return owner.as().get("/api/v1/workflow-executions/" + id).then().statusCode(200).extract().jsonPath();
    }

    private void runDueJobs() {
        jobs.runDue("workflow-approval-test").await().atMost(Duration.ofSeconds(60));
    }

    @Test
    void anApprovalWaitsWithAManualTaskAndContinuesOnApprove() {
        Owner o = approvalWorkflow();
        String execution = waitingExecution(o);
        JsonPath waiting = execution(o.account(), execution);
        assertThat(waiting.getString("steps.find { it.stepId == 'ask' }.status")).isEqualTo("WAITING");
        assertThat(waiting.getString("steps.find { it.stepId == 'ask' }.output.question"))
                .isEqualTo("Give Asha a 10% discount?");
        o.account().as().get("/api/v1/businesses/" + o.businessId() + "/manual-tasks").then().statusCode(200)
                .body("guidanceKey", hasItem("workflow-approval"))
                .body("find { it.guidanceKey == 'workflow-approval' }.title", equalTo("Approve? Give Asha a 10% discount?"));

        // nothing moves it on by itself: jobs due now leave it waiting
        runDueJobs();
        assertThat(status(o.account(), execution)).isEqualTo("WAITING");

        o.account().as().body(Map.of("decision", "approve", "comment", "loyal customer"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(200);
        awaitStatus(o.account(), execution, "SUCCEEDED");
        JsonPath done = execution(o.account(), execution);
        assertThat(done.getString("output.path")).isEqualTo("approved");
        assertThat(done.getString("output.comment")).isEqualTo("loyal customer");
        assertThat(done.getBoolean("steps.find { it.stepId == 'ask' }.output.approved")).isTrue();
        assertThat(done.getList("steps.stepId", String.class)).doesNotContain("no", "late");

        // decided once: a second decision conflicts
        o.account().as().body(Map.of("decision", "reject"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(409);
    }

    @Test
    void aRejectionTakesTheRejectPathAndAnotherTenantCannotDecide() {
        Owner o = approvalWorkflow();
        String execution = waitingExecution(o);
        Account stranger = Accounts.signup("BASIC");
        stranger.as().body(Map.of("decision", "approve"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(404);
        o.account().as().body(Map.of("decision", "maybe"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(400);
        o.account().as().body(Map.of("decision", "approve"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/nope").then().statusCode(404);
        assertThat(status(o.account(), execution)).isEqualTo("WAITING");

        o.account().as().body(Map.of("decision", "reject", "comment", "too costly"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(200);
        awaitStatus(o.account(), execution, "SUCCEEDED");
        JsonPath done = execution(o.account(), execution);
        assertThat(done.getString("output.path")).isEqualTo("rejected");
        assertThat(done.getString("output.comment")).isEqualTo("too costly");
    }

    @Test
    void anApprovalTakesTheTimeoutPathWhenTheClockPassesItAndNotBefore() {
        Owner o = approvalWorkflow();
        String execution = waitingExecution(o);

        clock.advance(Duration.ofMinutes(119));
        runDueJobs();
        assertThat(status(o.account(), execution)).isEqualTo("WAITING");

        clock.advance(Duration.ofMinutes(2));
        runDueJobs();
        awaitStatus(o.account(), execution, "SUCCEEDED");
        JsonPath done = execution(o.account(), execution);
        assertThat(done.getString("output.path")).isEqualTo("timed out");
        assertThat(done.getString("steps.find { it.stepId == 'ask' }.output.decision")).isEqualTo("timeout");
        o.account().as().body(Map.of("decision", "approve"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(409);
        assertThat(taskStatus(o, approvalTask(o, execution))).as("the task of a timed-out approval").isEqualTo("DISMISSED");
    }

    private static String approvalTask(Owner o, String execution) {
        return o.account().as().get("/api/v1/businesses/" + o.businessId() + "/manual-tasks").then().statusCode(200)
                .extract().path("find { it.reference == 'workflow-approval:" + execution + ":ask' }.id");
    }

    private static String taskStatus(Owner o, String taskId) {
        return o.account().as().get("/api/v1/manual-tasks/" + taskId).then().statusCode(200).extract().path("status");
    }

    @Test
    void completingTheApprovalsTaskWithAnOutcomeDecidesItEitherWay() {
        Owner o = approvalWorkflow();
        String approved = waitingExecution(o);
        String task = approvalTask(o, approved);
        // the task needs an outcome; a bad one is refused; nothing is decided by either
        o.account().as().body(Map.of("minutesSpent", 2)).post("/api/v1/manual-tasks/" + task + "/complete").then()
                .statusCode(400).body("errors[0].field", equalTo("outcome"));
        o.account().as().body(Map.of("minutesSpent", 2, "outcome", "maybe"))
                .post("/api/v1/manual-tasks/" + task + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
        o.account().as().body(Map.of("minutesSpent", 2, "outcome", 7)).post("/api/v1/manual-tasks/" + task + "/complete")
                .then().statusCode(400);
        assertThat(status(o.account(), approved)).isEqualTo("WAITING");
        assertThat(taskStatus(o, task)).isEqualTo("OPEN");

        o.account().as().body(Map.of("minutesSpent", 3, "outcome", "approve", "comment", "regular client"))
                .post("/api/v1/manual-tasks/" + task + "/complete").then().statusCode(200)
                .body("status", equalTo("DONE"));
        awaitStatus(o.account(), approved, "SUCCEEDED");
        JsonPath done = execution(o.account(), approved);
        assertThat(done.getString("output.path")).isEqualTo("approved");
        assertThat(done.getString("output.comment")).isEqualTo("regular client");
        // decided once: neither the route nor the task decides again
        o.account().as().body(Map.of("decision", "reject"))
                .post("/api/v1/workflow-executions/" + approved + "/approvals/ask").then().statusCode(409);
        o.account().as().body(Map.of("minutesSpent", 1, "outcome", "reject"))
                .post("/api/v1/manual-tasks/" + task + "/complete").then().statusCode(409);

        String rejected = waitingExecution(o);
        o.account().as().body(Map.of("minutesSpent", 1, "outcome", "reject", "comment", "not this month"))
                .post("/api/v1/manual-tasks/" + approvalTask(o, rejected) + "/complete").then().statusCode(200);
        awaitStatus(o.account(), rejected, "SUCCEEDED");
        assertThat(execution(o.account(), rejected).getString("output.path")).isEqualTo("rejected");
        assertThat(execution(o.account(), rejected).getString("output.comment")).isEqualTo("not this month");
    }

    @Test
    void decidingByTheRouteClosesTheTaskAndATaskOfAnEndedApprovalCannotDecide() {
        Owner o = approvalWorkflow();
        String execution = waitingExecution(o);
        String task = approvalTask(o, execution);
        o.account().as().body(Map.of("decision", "approve"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(200);
        assertThat(taskStatus(o, task)).isEqualTo("DONE");
        o.account().as().body(Map.of("minutesSpent", 1, "outcome", "reject"))
                .post("/api/v1/manual-tasks/" + task + "/complete").then().statusCode(409);
        awaitStatus(o.account(), execution, "SUCCEEDED");
        assertThat(execution(o.account(), execution).getString("output.path")).isEqualTo("approved");

        // a cancelled execution's approval task cannot decide anything: 409, and the task stays open
        String cancelled = waitingExecution(o);
        String orphan = approvalTask(o, cancelled);
        o.account().as().post("/api/v1/workflow-executions/" + cancelled + "/cancel").then().statusCode(200);
        o.account().as().body(Map.of("minutesSpent", 1, "outcome", "approve"))
                .post("/api/v1/manual-tasks/" + orphan + "/complete").then().statusCode(409);
        assertThat(taskStatus(o, orphan)).isEqualTo("OPEN");

        // an ordinary task takes no outcome
        String ordinary = o.account().as().body(Map.of("guidanceKey", "answer-negative-review"))
                .post("/api/v1/businesses/" + o.businessId() + "/manual-tasks").then().statusCode(201).extract().path("id");
        o.account().as().body(Map.of("minutesSpent", 1, "outcome", "approve"))
                .post("/api/v1/manual-tasks/" + ordinary + "/complete").then().statusCode(400)
                .body("errors[0].field", equalTo("outcome"));
    }

    @Test
    void approvalEdgesOnAnotherStepTypeOrABadTimeoutAnswer400() {
        Account account = Accounts.signup("BASIC");
        account.as().body(WorkflowFixtures.workflow("Bad approval", manual(), List.of(
                step("ask", "approval", Map.of("timeout", "two hours"), "onApprove", "gone"),
                step("s", "script", Map.of("expression", "{'a': 1}"), "onReject", "ask"))))
                .post("/api/v1/workflows").then().statusCode(400)
                .body("errors.field", hasItem("steps[ask].settings.question"))
                .body("errors.field", hasItem("steps[ask].settings.timeout"))
                .body("errors.field", hasItem("steps[ask].onApprove"))
                .body("errors.field", hasItem("steps[s].onApprove"));
    }
}
