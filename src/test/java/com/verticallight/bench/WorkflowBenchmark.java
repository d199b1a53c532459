package com.verticallight.bench;

import static io.restassured.RestAssured.given;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synchronous manual runs (POST /run?wait=true) of a five-step workflow (script, condition, two scripts, parallel
 * of two scripts), every execution and step run stored: latency of one client, then throughput and latency at 50
 * concurrent clients. Run with {@code ./mvnw verify -Pbench -Dtest=WorkflowBenchmark}; results in
 * target/bench/workflows.md. No external calls: this measures the engine and its database writes.
 */
@QuarkusTest
class WorkflowBenchmark {

    @Inject
    Sql sql;

    private static String workflow(Account owner) {
        Map<String, Object> body = Map.of("name", "Bench", "trigger", Map.of("type", "manual"), "steps", List.of(
                Map.of("id", "prepare", "type", "script", "settings", Map.of("expression", "{'limit': 20000}"), "next", "big"),
                Map.of("id", "big", "type", "condition", "settings", Map.of("expression", "trigger.budget > vars.limit"),
                        "onTrue", "vip", "onFalse", "regular"),
                Map.of("id", "vip", "type", "script", "settings", Map.of("expression", "{'tier': 'vip'}"), "next", "fan"),
                Map.of("id", "regular", "type", "script", "settings", Map.of("expression", "{'tier': 'regular'}"), "next", "fan"),
                Map.of("id", "fan", "type", "parallel", "settings", Map.of("branches", List.of("a", "b"))),
                Map.of("id", "a", "type", "script", "settings", Map.of("expression", "{'a': 1}")),
                Map.of("id", "b", "type", "script", "settings", Map.of("expression", "{'b': 2}"))));
        String id = owner.as().body(body).post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static long runOnce(Account owner, String id) {
        long started = System.nanoTime();
        given().auth().oauth2(owner.accessToken()).contentType("application/json").body(Map.of("budget", 25000))
                .post("/api/v1/workflows/" + id + "/run?wait=true").then().statusCode(200);
        return (System.nanoTime() - started) / 1_000;
    }

    private static String row(String what, List<Long> micros, long wallMillis) {
        Collections.sort(micros);
        long p50 = micros.get(micros.size() / 2) / 1000;
        long p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000;
        return "| " + what + " | " + micros.size() + " | " + wallMillis + " ms | "
                + (micros.size() * 1000L / Math.max(1, wallMillis)) + " | " + p50 + " ms | " + p99 + " ms |\n";
    }

    @Test
    void synchronousRunsOfAFiveStepWorkflow() throws Exception {
        Account owner = Accounts.signup("ENTERPRISE");
        String id = workflow(owner);
        for (int i = 0; i < 50; i++) {
            runOnce(owner, id); // warm up
        }
        List<Long> one = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            one.add(runOnce(owner, id));
        }
        long oneWall = (System.nanoTime() - started) / 1_000_000;

        int clients = 50;
        LoadClients.Result load = LoadClients.run(clients, 20, () -> runOnce(owner, id));
        List<Long> many = load.micros();
        long manyWall = load.wallMillis();

        long stepRuns = sql.count("select count(*) from workflow_step_run where tenant_id = $1", owner.tenantId());
        long executions = sql.count("select count(*) from workflow_execution where tenant_id = $1 and status = 'SUCCEEDED'",
                owner.tenantId());
        String report = "Run on " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, load "
                + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + "\n\n| clients | runs | wall time | runs/s | p50 | p99 |\n|---|---|---|---|---|---|\n"
                + row("1", one, oneWall) + row(String.valueOf(clients), many, manyWall)
                + "\nStored: " + executions + " executions SUCCEEDED, " + stepRuns + " step runs.\n";
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/workflows.md"), report);
        System.out.println(report);
    }
}
