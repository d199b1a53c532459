package com.verticallight.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leases of running jobs are renewed by a heartbeat, and a tick claims only what can start now. */
@QuarkusTest
class JobLeaseTest {

    @Inject
    JobRunner runner;

    @Inject
    JobScheduler scheduler;

    @Inject
    JobConfig config;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    BlockingJobHandler blocking;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    @BeforeEach
    void blockJobs() {
        blocking.block();
    }

    @AfterEach
    void releaseJobs() {
        blocking.release();
        clock.reset();
    }

    private List<UUID> scheduleBlocking(UUID tenant, int count) {
        return currentTenant.runAs(tenant, () -> Panache.withTransaction(() -> Multi.createFrom().range(0, count)
                .onItem().transformToUniAndConcatenate(i -> scheduler.schedule(new JobRequest(BlockingJobHandler.KIND,
                        "{}", clock.instant(), "block-" + UUID.randomUUID(), null, null)).map(job -> job.id))
                .collect().asList())).await().atMost(Duration.ofSeconds(30));
    }

    private Row job(UUID id) {
        return sql.query("select status, lease_owner, lease_until, attempts from job where id = $1", id).get(0);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting until " + what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aJobRunningLongerThanItsLeaseKeepsItAndNoOtherInstanceRunsIt() {
        UUID id = scheduleBlocking(Accounts.signup("BASIC").tenantId(), 1).get(0);
        // ticks as instance-a until it has claimed the job (older due jobs of other tests may come first)
        waitUntil("the job runs", () -> runner.startDue("instance-a").await().atMost(Duration.ofSeconds(30)) >= 0
                && blocking.started(id));

        clock.advance(config.lease().plusMinutes(1)); // the first lease has run out by the clock
        waitUntil("the heartbeat renews the lease past the new time",
                () -> job(id).getOffsetDateTime("lease_until").toInstant().isAfter(clock.instant()));
        runner.startDue("instance-b").await().atMost(Duration.ofSeconds(30));

        Row stillRunning = job(id);
        assertThat(stillRunning.getString("status")).isEqualTo("RUNNING");
        assertThat(stillRunning.getString("lease_owner")).as("instance-b did not take it").isEqualTo("instance-a");
        assertThat(stillRunning.getInteger("attempts")).isOne();

        blocking.release();
        waitUntil("the job is done", () -> "DONE".equals(job(id).getString("status")));
        Row done = job(id);
        assertThat(done.getInteger("attempts")).as("it ran once").isOne();
        assertThat(done.getString("lease_owner")).isNull();
        assertThat(done.getValue("lease_until")).as("no lease is renewed after the end").isNull();
    }

    @Test
    void aTickClaimsNoMoreJobsThanItHasFreeSlots() {
        int slots = config.concurrency();
        UUID tenant = Accounts.signup("BASIC").tenantId();
        List<UUID> ids = scheduleBlocking(tenant, slots + 3);

        int claimed = runner.startDue("instance-a").await().atMost(Duration.ofSeconds(30));
        assertThat(claimed).isEqualTo(slots);
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and status = 'RUNNING'", tenant))
                .isLessThanOrEqualTo(slots);
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and status = 'PENDING'", tenant))
                .as("the rest wait unclaimed, with no lease running out").isGreaterThanOrEqualTo(3);
        assertThat(runner.startDue("instance-a").await().atMost(Duration.ofSeconds(30)))
                .as("no free slot, no claim").isZero();

        blocking.release();
        waitUntil("every job is done", () -> runner.runDue("instance-a").await().atMost(Duration.ofSeconds(30)) >= 0
                && sql.count("select count(*) from job where tenant_id = $1 and status = 'DONE'", tenant) == ids.size());
        assertThat(sql.count("select max(attempts) from job where tenant_id = $1", tenant)).isOne();
    }
}
