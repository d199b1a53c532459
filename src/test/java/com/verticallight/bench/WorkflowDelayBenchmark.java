package com.verticallight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Delay steps that come due at once (issue 14: "100,000 delay steps due within one minute fire with lag p99 < 1 s"):
 * {@code DELAYS} executions of manual → delay 1 h → script are started through the API and wait; the clock then moves
 * past the hour, so every delay is due at the same moment, and one or two runner instances drain the resume jobs
 * (as the 1 s scheduler tick does, without its pause). Lag = the execution's end − the moment its delay came due.
 * Run with {@code ./mvnw verify -Pbench -Dskip.ui=true -Dtest=WorkflowDelayBenchmark}; results in
 * target/bench/workflow-delays.md.
 */
@QuarkusTest
class WorkflowDelayBenchmark {

    private static final int DELAYS = Integer.getInteger("bench.delays", 10_000);

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private static String workflow(Account owner) {
        Map<String, Object> body = Map.of("name", "Delay bench", "trigger", Map.of("type", "manual"), "steps", List.of(
                Map.of("id", "wait", "type", "delay", "settings", Map.of("duration", "PT1H"), "next", "after"),
                Map.of("id", "after", "type", "script", "settings", Map.of("expression", "{'done': true}"))));
        String id = owner.as().body(body).post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** Starts the executions with 16 clients and waits until every one waits on its delay. */
    private void startWaiting(Account owner, String id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> clients = new java.util.ArrayList<>();
        for (int c = 0; c < 16; c++) {
            clients.add(pool.submit(() -> {
                while (next.getAndIncrement() < DELAYS) {
                    owner.as().body(Map.of("n", 1)).post("/api/v1/workflows/" + id + "/run").then().statusCode(202);
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (waiting(owner) < DELAYS) {
            assertThat(Instant.now()).as("every execution waits on its delay").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private long waiting(Account owner) {
        return sql.count("select count(*) from workflow_execution where tenant_id = $1 and status = 'WAITING'",
                owner.tenantId());
    }

    private Uni<Integer> drain(String instance) {
        return runner.runDue(instance).chain(claimed -> claimed == 0 ? Uni.createFrom().item(0) : drain(instance));
    }

    private String fire(int instances) throws Exception {
        Account owner = Accounts.signup("ENTERPRISE");
        startWaiting(owner, workflow(owner));
        clock.advance(Duration.ofMinutes(61));
        Instant due = clock.instant();
        long started = System.nanoTime();
        Multi.createFrom().range(0, instances).onItem().transformToUni(i -> drain("delay-bench-" + i))
                .merge(instances).collect().asList().await().atMost(Duration.ofMinutes(30));
        long millis = (System.nanoTime() - started) / 1_000_000;
        var lag = sql.query("""
                select count(*) done, percentile_cont(0.5) within group (order by ms) p50,
                       percentile_cont(0.99) within group (order by ms) p99, max(ms) worst
                from (select extract(epoch from (finished_at - $2)) * 1000 ms from workflow_execution
                      where tenant_id = $1 and status = 'SUCCEEDED') e""", owner.tenantId(), due.atOffset(ZoneOffset.UTC))
                .get(0);
        assertThat(lag.getLong("done")).as("every delay fired and its execution finished").isEqualTo(DELAYS);
        return "| " + instances + " | " + lag.getLong("done") + " | " + millis + " ms | "
                + (lag.getLong("done") * 1000 / Math.max(1, millis)) + " | " + Math.round(lag.getDouble("p50"))
                + " ms | " + Math.round(lag.getDouble("p99")) + " ms | " + Math.round(lag.getDouble("worst")) + " ms |\n";
    }

    @Test
    void delaysDueAtOnceFire() throws Exception {
        StringBuilder report = new StringBuilder("Run on " + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load " + String.format("%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + "; "
                + DELAYS + " delays due at once\n\n"
                + "| runner instances | executions resumed and finished | wall time | per second | lag p50 | lag p99 | lag max |\n"
                + "|---|---|---|---|---|---|---|\n");
        // the executions are started through the API: the plan's hourly request limit would stop that, not the engine
        sql.query("update plan set max_api_requests_per_hour = max_api_requests_per_hour * 100 where code = 'ENTERPRISE'");
        try {
            report.append(fire(1));
            report.append(fire(2));
        } finally {
            sql.query("update plan set max_api_requests_per_hour = max_api_requests_per_hour / 100 where code = 'ENTERPRISE'");
        }
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/workflow-delays.md"), report.toString());
        System.out.println(report);
    }
}
