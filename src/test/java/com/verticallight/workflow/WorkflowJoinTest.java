package com.verticallight.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.workflow.WorkflowFixtures.awaitStatus;
import static com.verticallight.workflow.WorkflowFixtures.manual;
import static com.verticallight.workflow.WorkflowFixtures.published;
import static com.verticallight.workflow.WorkflowFixtures.run;
import static com.verticallight.workflow.WorkflowFixtures.status;
import static com.verticallight.workflow.WorkflowFixtures.step;
import static com.verticallight.workflow.WorkflowFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The parallel step's joins: all (calls overlap in time), first and any (the losing branches are cancelled). */
@QuarkusTest
class WorkflowJoinTest {

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

    private void runDueJobs() {
        jobs.runDue("workflow-join-test").await().atMost(Duration.ofSeconds(60));
    }

    private static JsonPath execution(Account owner, String id) {
        return owner.as().get("/api/v1/workflow-executions/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> script(String id, String expression, Object... edges) {
        return step(id, "script", Map.of("expression", expression), edges);
    }

    private static Map<String, Object> parallel(String join, List<String> branches) {
        return step("both", "parallel", Map.of("branches", branches, "join", join), "next", "after");
    }

    private long pendingWakeJobs(String execution, String stepKey) {
        return sql.count("select count(*) from job where kind = 'workflow.resume' and status = 'PENDING' "
                + "and idempotency_key like $1", "wf:" + execution + ":" + stepKey + ":%");
    }

    @Test
    void joinFirstGoesOnAtOnceAndTheLosingTwoHourDelayNeverFires() {
        Account owner = Accounts.signup("BASIC");
        String id = published(owner, workflow("First wins", manual(), List.of(
                parallel("first", List.of("slow", "quick")),
                step("slow", "delay", Map.of("duration", "PT2H"), "next", "slowDone"),
                script("slowDone", "{'late': true}"),
                script("quick", "{'q': 1}"),
                script("after", "{'winner': steps.both.output.winner, 'q': steps.both.output.output.q}"))));
        String execution = run(owner, id, Map.of());
        awaitStatus(owner, execution, "SUCCEEDED");
        JsonPath done = execution(owner, execution);
        assertThat(done.getString("output.after.winner")).isEqualTo("quick");
        assertThat(done.getInt("output.after.q")).isEqualTo(1);
        assertThat(done.getString("steps.find { it.stepId == 'slow' }.status")).isEqualTo("CANCELLED");
        assertThat(pendingWakeJobs(execution, "slow")).isZero();

        clock.advance(Duration.ofHours(2).plusMinutes(1));
        runDueJobs();
        JsonPath later = execution(owner, execution);
        assertThat(later.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(later.getString("steps.find { it.stepId == 'slow' }.status")).isEqualTo("CANCELLED");
        assertThat(later.getList("steps.stepId", String.class)).doesNotContain("slowDone");
    }

    @Test
    void aBranchThatWinsOnResumeCancelsTheWaitingDelayAndTheApprovalWithItsTask() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Join salon");
        Map<String, Object> body = workflow("First of three", manual(), List.of(
                parallel("first", List.of("hour", "twoHours", "ask")),
                step("hour", "delay", Map.of("duration", "PT1H"), "next", "hourDone"),
                script("hourDone", "{'after': 'one hour'}"),
                step("twoHours", "delay", Map.of("duration", "PT2H"), "next", "twoDone"),
                script("twoDone", "{'after': 'two hours'}"),
                step("ask", "approval", Map.of("question", "Go on?", "timeout", "P1D"), "next", "asked"),
                script("asked", "{'after': 'approval'}"),
                script("after", "{'winner': steps.both.output.winner}")));
        body.put("businessId", businessId);
        String execution = run(owner, published(owner, body), Map.of());
        awaitStatus(owner, execution, "WAITING");
        owner.as().get("/api/v1/businesses/" + businessId + "/manual-tasks?status=OPEN").then().statusCode(200)
                .body("guidanceKey", hasItem("workflow-approval"));

        clock.advance(Duration.ofMinutes(61));
        runDueJobs();
        awaitStatus(owner, execution, "SUCCEEDED");
        JsonPath done = execution(owner, execution);
        assertThat(done.getString("output.after.winner")).isEqualTo("hour");
        assertThat(done.getString("steps.find { it.stepId == 'twoHours' }.status")).isEqualTo("CANCELLED");
        assertThat(done.getString("steps.find { it.stepId == 'ask' }.status")).isEqualTo("CANCELLED");
        assertThat(pendingWakeJobs(execution, "twoHours")).isZero();
        assertThat(pendingWakeJobs(execution, "ask")).isZero();
        owner.as().get("/api/v1/businesses/" + businessId + "/manual-tasks?status=DISMISSED").then().statusCode(200)
                .body("guidanceKey", hasItem("workflow-approval"));
        owner.as().body(Map.of("decision", "approve"))
                .post("/api/v1/workflow-executions/" + execution + "/approvals/ask").then().statusCode(409);

        clock.advance(Duration.ofDays(2));
        runDueJobs();
        assertThat(execution(owner, execution).getList("steps.stepId", String.class))
                .doesNotContain("twoDone", "asked");
    }

    private String webhookConnection(Account owner, String businessId, String path) {
        return ChannelFixtures.connect(owner, businessId, "WEBHOOK", Map.of("url", wiremock.baseUrl() + path),
                Map.of("secret", "join-secret"), "LIVE");
    }

    private Map<String, Object> call(String id, String connection, String url) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("connectionId", connection);
        settings.put("method", "POST");
        settings.put("url", url);
        settings.put("body", Map.of("ref", "{{trigger.ref}}"));
        return step(id, "externalApi", settings);
    }

    @Test
    void joinAnyGoesOnWithTheBranchThatSucceededAndFailsOnlyWhenAllFail() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Any salon");
        String path = "/any-" + UUID.randomUUID();
        String connection = webhookConnection(owner, businessId, path);
        String base = wiremock.baseUrl() + path;
        wiremock.stubFor(post(urlEqualTo(path + "/bad")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"unknown ref\"}")));
        wiremock.stubFor(post(urlEqualTo(path + "/good")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"stock\":7}")));
        String id = published(owner, workflow("Any wins", manual(), List.of(
                parallel("any", List.of("bad", "good")),
                call("bad", connection, base + "/bad"),
                call("good", connection, base + "/good"),
                script("after", "{'winner': steps.both.output.winner, 'stock': steps.both.output.output.body.stock}"))));
        String execution = run(owner, id, Map.of("ref", "R-1"));
        awaitStatus(owner, execution, "SUCCEEDED");
        JsonPath done = execution(owner, execution);
        assertThat(done.getString("output.after.winner")).isEqualTo("good");
        assertThat(done.getInt("output.after.stock")).isEqualTo(7);
        assertThat(done.getString("steps.find { it.stepId == 'bad' }.status")).isEqualTo("FAILED");
        wiremock.verify(1, postRequestedFor(urlEqualTo(path + "/bad")));
        wiremock.verify(1, postRequestedFor(urlEqualTo(path + "/good")));

        String allBad = published(owner, workflow("Any of none", manual(), List.of(
                parallel("any", List.of("bad", "worse")),
                call("bad", connection, base + "/bad"),
                call("worse", connection, base + "/bad"),
                script("after", "{'never': true}"))));
        String failed = run(owner, allBad, Map.of("ref", "R-2"));
        awaitStatus(owner, failed, "FAILED");
        assertThat(execution(owner, failed).getList("steps.stepId", String.class)).doesNotContain("after");
    }

    @Test
    void anUnknownJoinAnswers400NamingTheSetting() {
        Account owner = Accounts.signup("BASIC");
        owner.as().body(workflow("Bad join", manual(), List.of(
                step("both", "parallel", Map.of("branches", List.of("a"), "join", "fastest")),
                script("a", "{'a': 1}")))).post("/api/v1/workflows").then().statusCode(400)
                .body("errors.field", hasItem("steps[both].settings.join"));
    }

    @Test
    void aParallelStepsThreeCallsOverlapInTime() {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Overlap salon");
        String path = "/overlap-" + UUID.randomUUID();
        String connection = webhookConnection(owner, businessId, path);
        String base = wiremock.baseUrl() + path;
        for (String name : List.of("one", "two", "three")) {
            wiremock.stubFor(post(urlEqualTo(path + "/" + name)).willReturn(aResponse().withStatus(200)
                    .withFixedDelay(300).withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        }
        String id = published(owner, workflow("Three at once", manual(), List.of(
                step("both", "parallel", Map.of("branches", List.of("one", "two", "three")), "next", "after"),
                call("one", connection, base + "/one"),
                call("two", connection, base + "/two"),
                call("three", connection, base + "/three"),
                script("after", "{'joined': size(steps.both.output)}"))));
        String execution = run(owner, id, Map.of("ref", "O-1"));
        awaitStatus(owner, execution, "SUCCEEDED");
        assertThat(execution(owner, execution).getInt("output.after.joined")).isEqualTo(3);

        List<Long> received = List.of("one", "two", "three").stream().map(name -> {
            List<LoggedRequest> requests = wiremock.findAll(postRequestedFor(urlEqualTo(path + "/" + name)));
            assertThat(requests).as("calls to " + name).hasSize(1);
            return requests.get(0).getLoggedDate().getTime();
        }).toList();
        long spread = received.stream().mapToLong(Long::longValue).max().orElseThrow()
                - received.stream().mapToLong(Long::longValue).min().orElseThrow();
        // each call is answered 300 ms after it arrives: all three arrived before the first was answered
        assertThat(spread).as("ms between the first and the last call's arrival").isLessThan(300);
        assertThat(status(owner, execution)).isEqualTo("SUCCEEDED");
    }
}
