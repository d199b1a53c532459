package com.verticallight.bench;

import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 10,000 due jobs fired by one and by two runner instances over one database. Run with
 * {@code ./mvnw verify -Pbench}; results in target/bench/jobs.md. The runners loop back to back (no tick
 * pause), so the figures are the engine's capacity; in production the 1 s tick adds up to 1 s of lag.
 */
@QuarkusTest
class JobBenchmark {

    @Inject
    JobRunner runner;

    @Inject
    Sql sql;

    private UUID dueJobs(int count) {
        UUID tenant = Accounts.signup("ENTERPRISE").tenantId();
        sql.query("""
                insert into job (id, tenant_id, kind, payload, run_at, status, max_attempts, backoff_seconds,
                                 idempotency_key, created_at, updated_at)
                select gen_random_uuid(), $1, $2, '{}', now(), 'PENDING', 5, 30, 'bench-' || g, now(), now()
                from generate_series(1, $3) g""", tenant, NoopJobHandler.KIND, count);
        return tenant;
    }

    private String fire(int instances) {
        UUID tenant = dueJobs(10_000);
        long started = System.nanoTime();
        Multi.createFrom().range(0, instances)
                .onItem().transformToUni(i -> drain("bench-" + i))
                .merge(instances).collect().asList().await().atMost(Duration.ofMinutes(5));
        long millis = (System.nanoTime() - started) / 1_000_000;
        var lag = sql.query("""
                select count(*) done, percentile_cont(0.5) within group (order by ms) p50,
                       percentile_cont(0.99) within group (order by ms) p99, max(ms) worst
                from (select extract(epoch from (finished_at - run_at)) * 1000 ms from job
                      where tenant_id = $1 and status = 'DONE') j""", tenant).get(0);
        org.assertj.core.api.Assertions.assertThat(lag.getLong("done")).as("every due job ran").isEqualTo(10_000);
        return "| " + instances + " | " + lag.getLong("done") + " | " + millis + " ms | "
                + (lag.getLong("done") * 1000 / Math.max(1, millis)) + " | " + Math.round(lag.getDouble("p50"))
                + " ms | " + Math.round(lag.getDouble("p99")) + " ms | " + Math.round(lag.getDouble("worst")) + " ms |\n";
    }

    private Uni<Integer> drain(String instance) {
        return runner.runDue(instance).chain(claimed -> claimed == 0 ? Uni.createFrom().item(0) : drain(instance));
    }

    @Test
    void tenThousandDueJobs() throws Exception {
        StringBuilder report = new StringBuilder("Run on " + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores\n\n"
                + "| instances | jobs done | wall time | jobs/s | lag p50 | lag p99 | lag max |\n|---|---|---|---|---|---|---|\n");
        report.append(fire(1));
        report.append(fire(2));
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/jobs.md"), report.toString());
        System.out.println(report);
    }
}
