package com.verticallight.job;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JobEngineTest {

    @Inject
    JobRunner runner;

    @Inject
    JobScheduler scheduler;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    CountingJobHandler counting;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private int runDue(String instance) {
        return runner.runDue(instance).await().atMost(Duration.ofSeconds(30));
    }

    private record Live(Account owner, String pnid, String connection) {
    }

    private Live liveWhatsApp() {
        Account owner = Accounts.signup("BASIC");
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, ChannelFixtures.businessOf(owner), pnid, "LIVE");
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pnid + "/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messages\":[{\"id\":\"wamid.JOB" + pnid + "\"}]}")));
        return new Live(owner, pnid, connection);
    }

    private String scheduleTemplate(Live live, Instant runAt, String key, String correlation) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("runAt", runAt.toString(), "connectionId", live.connection(),
                "idempotencyKey", key, "urgent", true, "action", Map.of("type", "TEMPLATE", "to", "+919812345678",
                        "templateName", "follow_up", "language", "en")));
        if (correlation != null) {
            body.put("correlation", correlation);
        }
        return live.owner().as().body(body).post("/api/v1/scheduled-actions").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
    }

    private int messagesSent(Live live) {
        return wiremock.findAll(postRequestedFor(urlEqualTo("/v21.0/" + live.pnid() + "/messages"))).size();
    }

    @Test
    void aFollowUpDueIn24HoursFiresWhenTheClockPassesItAndNotBefore() {
        Live live = liveWhatsApp();
        String jobId = scheduleTemplate(live, clock.instant().plus(Duration.ofHours(24)), UUID.randomUUID().toString(), null);

        runDue("instance-a");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        runDue("instance-a");
        assertThat(messagesSent(live)).isZero();

        clock.advance(Duration.ofMinutes(2));
        runDue("instance-a");
        assertThat(messagesSent(live)).isOne();
        live.owner().as().get("/api/v1/jobs/" + jobId).then().body("status", equalTo("DONE")).body("attempts", equalTo(1));
        runDue("instance-a");
        assertThat(messagesSent(live)).isOne();
    }

    @Test
    void aJobOfAnInstanceThatDiedRunsAgainWhenItsLeaseExpiresAndSendsOnlyOnce() {
        Live live = liveWhatsApp();
        String key = UUID.randomUUID().toString();
        String jobId = scheduleTemplate(live, clock.instant(), key, null);
        // the dead instance had claimed the job and sent the message, then died before marking it done
        live.owner().as().body(ChannelFixtures.batch(ChannelFixtures.template(live.connection(), "+919812345678",
                "follow_up", "scheduled:" + key))).post("/api/v1/actions").then().statusCode(200);
        sql.query("update job set status = 'RUNNING', lease_owner = 'dead-instance', attempts = 1, lease_until = $2 where id = $1",
                UUID.fromString(jobId), clock.instant().plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC));

        runDue("instance-b");
        assertThat(sql.query("select lease_owner from job where id = $1", UUID.fromString(jobId)).get(0).getString(0))
                .as("the lease still holds").isEqualTo("dead-instance");
        clock.advance(Duration.ofMinutes(3));
        runDue("instance-b");

        live.owner().as().get("/api/v1/jobs/" + jobId).then().body("status", equalTo("DONE")).body("attempts", equalTo(2));
        assertThat(messagesSent(live)).as("the message went out once in all").isOne();
    }

    @Test
    void twoInstancesOverOneDatabaseNeverRunAJobTwice() {
        UUID tenant = Accounts.signup("BASIC").tenantId();
        List<UUID> ids = currentTenant.runAs(tenant, () -> Panache.withTransaction(() -> Multi.createFrom().range(0, 300)
                .onItem().transformToUniAndConcatenate(i -> scheduler.schedule(new JobRequest(CountingJobHandler.KIND,
                        "{}", clock.instant(), "count-" + UUID.randomUUID(), null, null)).map(job -> job.id))
                .collect().asList())).await().atMost(Duration.ofSeconds(30));

        for (int round = 0; round < 5; round++) {
            Uni.combine().all().unis(runner.runDue("instance-a"), runner.runDue("instance-b")).asTuple()
                    .await().atMost(Duration.ofSeconds(60));
        }

        assertThat(ids).allSatisfy(id -> assertThat(counting.runsOf(id)).as("runs of " + id).isEqualTo(1));
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and status = 'DONE'", tenant)).isEqualTo(300);
    }

    @Test
    void aFailingJobIsRetriedWithBackoffAndFailsAfterItsLastAttempt() {
        UUID tenant = Accounts.signup("BASIC").tenantId();
        UUID id = currentTenant.runAs(tenant, () -> Panache.withTransaction(() -> scheduler.schedule(new JobRequest(
                FailingJobHandler.KIND, "{}", clock.instant(), "fail-" + UUID.randomUUID(), null, 2)).map(job -> job.id)))
                .await().atMost(Duration.ofSeconds(10));

        runDue("instance-a");
        assertThat(sql.query("select status from job where id = $1", id).get(0).getString(0)).isEqualTo("PENDING");
        runDue("instance-a");
        assertThat(sql.query("select attempts from job where id = $1", id).get(0).getInteger(0)).as("backing off").isOne();

        clock.advance(Duration.ofSeconds(31));
        runDue("instance-a");
        var row = sql.query("select status, attempts, last_error from job where id = $1", id).get(0);
        assertThat(row.getString("status")).isEqualTo("FAILED");
        assertThat(row.getInteger("attempts")).isEqualTo(2);
        assertThat(row.getString("last_error")).contains("platform said no");
    }

    @Test
    void cancellingByCorrelationStopsEveryPendingFollowUp() {
        Live live = liveWhatsApp();
        String first = scheduleTemplate(live, clock.instant().plus(Duration.ofHours(24)), UUID.randomUUID().toString(), "lead:7");
        scheduleTemplate(live, clock.instant().plus(Duration.ofHours(72)), UUID.randomUUID().toString(), "lead:7");

        live.owner().as().post("/api/v1/jobs/cancel?correlation=lead:7").then().statusCode(200)
                .body("cancelled", equalTo(2));
        clock.advance(Duration.ofHours(73));
        runDue("instance-a");
        assertThat(messagesSent(live)).isZero();
        live.owner().as().post("/api/v1/jobs/" + first + "/cancel").then().statusCode(409);
    }

    @Test
    void schedulingTheSameKeyTwiceKeepsOneJob() {
        Live live = liveWhatsApp();
        String key = UUID.randomUUID().toString();
        String a = scheduleTemplate(live, clock.instant().plus(Duration.ofHours(1)), key, null);
        String b = scheduleTemplate(live, clock.instant().plus(Duration.ofHours(1)), key, null);
        assertThat(b).isEqualTo(a);
        live.owner().as().body(Map.of("runAt", "tomorrow", "connectionId", live.connection(), "action", Map.of("type", "TEXT")))
                .post("/api/v1/scheduled-actions").then().statusCode(400);
    }
}
