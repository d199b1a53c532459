package com.verticallight.channel.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing unexplained: a delivery a crash left SENDING is resolved by the sweeper (sent again only when
 * its request provably never started, else UNCERTAIN with a task), its job is not done before that, and a send that
 * fails transiently is retried by its job as a new round of the same delivery until it stops being useful.
 */
@QuarkusTest
class DeliveryRecoveryTest {

    private static final String TO = "+919812345678";

    @Inject
    JobRunner runner;

    @Inject
    DeliverySweeper sweeper;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    private final WireMockServer wiremock = WireMockPlatforms.server();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Live(Account owner, String business, String pnid, String connection) {

        String messagesUrl() {
            return "/v21.0/" + pnid + "/messages";
        }
    }

    private Live liveWhatsApp() {
        Account owner = Accounts.signup("BASIC");
        String business = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, business, pnid, "LIVE");
        return new Live(owner, business, pnid, connection);
    }

    private void answer(Live live, int status, int delayMillis) {
        wiremock.stubFor(post(urlEqualTo(live.messagesUrl())).willReturn(aResponse().withStatus(status)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
                .withBody(status == 200 ? "{\"messages\":[{\"id\":\"wamid.R" + UUID.randomUUID() + "\"}]}"
                        : "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}")));
    }

    private int messagesReceived(Live live) {
        return wiremock.findAll(postRequestedFor(urlEqualTo(live.messagesUrl()))).size();
    }

    private String schedule(Live live, String key, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("runAt", clock.instant().toString(),
                "connectionId", live.connection(), "idempotencyKey", key, "urgent", true,
                "action", Map.of("type", "TEMPLATE", "to", TO, "templateName", "visit_reminder", "language", "en")));
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return live.owner().as().body(body).post("/api/v1/scheduled-actions").then().statusCode(201)
                .extract().path("id");
    }

    /** What a kill -9 between claiming and (not) sending leaves: the job RUNNING for a dead instance, SENDING. */
    private UUID crashedMidSend(Live live, String jobId, String key, boolean requestStarted) {
        UUID delivery = UUID.randomUUID();
        Instant claimedAt = clock.instant();
        sql.query("""
                insert into delivery (id, tenant_id, connection_id, channel, action_type, idempotency_key, recipient,
                                      mode, status, created_at, updated_at, action, marketing, request_started_at)
                values ($1, $2, $3, 'WHATSAPP', 'TEMPLATE', $4, $5, 'LIVE', 'SENDING', $6, $6, $7, false, $8)""",
                delivery, live.owner().tenantId(), UUID.fromString(live.connection()), "scheduled:" + key, TO,
                claimedAt.atOffset(ZoneOffset.UTC),
                "{\"type\":\"TEMPLATE\",\"to\":\"" + TO + "\",\"templateName\":\"visit_reminder\",\"language\":\"en\"}",
                requestStarted ? claimedAt.atOffset(ZoneOffset.UTC) : null);
        sql.query("update job set status = 'RUNNING', lease_owner = 'dead-instance', attempts = 1, lease_until = $2 "
                + "where id = $1", UUID.fromString(jobId), claimedAt.plus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC));
        return delivery;
    }

    private Row delivery(UUID id) {
        return sql.query("select * from delivery where id = $1", id).get(0);
    }

    private Row deliveryOf(String key) {
        return sql.query("select * from delivery where idempotency_key = $1", "scheduled:" + key).get(0);
    }

    private Row job(String jobId) {
        return sql.query("select * from job where id = $1", UUID.fromString(jobId)).get(0);
    }

    private void runDue() {
        runner.runDue("instance-b").await().atMost(Duration.ofSeconds(60));
    }

    private DeliverySweeper.Sweep sweep() {
        return sweeper.sweep().await().atMost(Duration.ofSeconds(60));
    }

    /** The owner's tasks about deliveries (other jobs may open suggestions, e.g. for a festival). */
    private List<Map<String, Object>> tasks(Live live) {
        return deliveryTasks(live.owner(), live.business());
    }

    private static List<Map<String, Object>> deliveryTasks(Account owner, String business) {
        return owner.as().get("/api/v1/businesses/" + business + "/manual-tasks").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(task -> String.valueOf(task.get("guidanceKey")).startsWith("delivery-")).toList();
    }

    @Test
    void aSendACrashLeftBeforeItsRequestStartedIsSentOnceByTheSweeperAndOnlyThenIsItsJobDone() {
        Live live = liveWhatsApp();
        answer(live, 200, 0);
        String key = UUID.randomUUID().toString();
        String jobId = schedule(live, key, null);
        UUID delivery = crashedMidSend(live, jobId, key, false);

        clock.advance(Duration.ofMinutes(3)); // the dead instance's job lease expired
        runDue();
        assertThat(job(jobId).getString("status")).as("not done while its delivery is SENDING").isEqualTo("PENDING");
        assertThat(job(jobId).getInteger("attempts")).as("waiting is not a failed attempt").isEqualTo(1);
        assertThat(sweep().taken()).as("within the sweeper's lease the delivery is left alone").isZero();
        assertThat(messagesReceived(live)).isZero();

        clock.advance(Duration.ofMinutes(8)); // past the 10-minute sweeper lease
        DeliverySweeper.Sweep sweep = sweep();
        assertThat(sweep.resent()).isEqualTo(1);
        assertThat(messagesReceived(live)).isOne();
        assertThat(delivery(delivery).getString("status")).isEqualTo("SENT");
        assertThat(delivery(delivery).getString("platform_id")).startsWith("wamid.R");

        clock.advance(Duration.ofMinutes(2));
        runDue();
        assertThat(job(jobId).getString("status")).isEqualTo("DONE");
        sweep();
        runDue();
        assertThat(messagesReceived(live)).as("sent exactly once").isOne();
    }

    @Test
    void aSendWhoseRequestHadStartedIsNotSentAgainButMarkedUncertainWithATaskNamingIt() {
        Live live = liveWhatsApp();
        answer(live, 200, 0);
        String key = UUID.randomUUID().toString();
        String jobId = schedule(live, key, null);
        UUID delivery = crashedMidSend(live, jobId, key, true);

        clock.advance(Duration.ofMinutes(11));
        DeliverySweeper.Sweep sweep = sweep();
        assertThat(sweep.uncertain()).isEqualTo(1);
        assertThat(messagesReceived(live)).as("it may have arrived: never sent twice").isZero();
        Row row = delivery(delivery);
        assertThat(row.getString("status")).isEqualTo("UNCERTAIN");
        assertThat(row.getString("error_message")).contains("may not have arrived");

        List<Map<String, Object>> tasks = tasks(live);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("title")).asString().startsWith("Check whether this WhatsApp message arrived")
                .contains(TO);
        Map<String, Object> hindi = live.owner().as().header("Accept-Language", "hi").get("/api/v1/businesses/"
                + live.business() + "/manual-tasks").then().statusCode(200).extract()
                .path("find { it.guidanceKey == 'delivery-uncertain' }");
        assertThat(hindi.get("title")).isEqualTo("जाँचें कि WhatsApp का यह संदेश " + TO + " तक पहुँचा या नहीं");
        assertThat(hindi.get("reason")).asString().as("the time in words, the channel by name")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("WHATSAPP").contains("WhatsApp पर")
                .containsPattern("\\d{1,2}:\\d{2} (am|pm) UTC").contains("प्लैटफ़ॉर्म के जवाब देने से पहले सेवा रुक गई");
        assertThat(tasks.get(0).get("reason")).asString().contains("visit_reminder").contains(TO)
                .contains("may not have arrived");
        live.owner().as().get("/api/v1/deliveries/" + delivery).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UNCERTAIN"));

        runDue();
        assertThat(job(jobId).getString("status")).as("UNCERTAIN is final: the job ends").isEqualTo("DONE");
        assertThat(messagesReceived(live)).isZero();
        assertThat(sweep().taken()).as("nothing left SENDING").isZero();
    }

    @Test
    void aTimeoutAfterTheRequestLeftIsUncertainWithATaskAndNeverResent() {
        Live live = liveWhatsApp();
        answer(live, 200, 3_000); // longer than the 2 s test timeout
        String key = UUID.randomUUID().toString();
        String jobId = schedule(live, key, null);

        runDue();

        assertThat(messagesReceived(live)).isOne();
        assertThat(deliveryOf(key).getString("status")).isEqualTo("UNCERTAIN");
        assertThat(job(jobId).getString("status")).isEqualTo("DONE");
        assertThat(tasks(live)).singleElement().satisfies(task -> assertThat(task.get("reason")).asString()
                .contains("visit_reminder").contains(TO));
        clock.advance(Duration.ofHours(1));
        runDue();
        assertThat(messagesReceived(live)).isOne();
    }

    @Test
    void anOutageLongerThanTheInCallRetriesIsRetriedByTheJobAsANewRoundUntilItGoesThrough() {
        Live live = liveWhatsApp();
        answer(live, 503, 0);
        String key = UUID.randomUUID().toString();
        String jobId = schedule(live, key, null);

        runDue();
        int duringOutage = messagesReceived(live);
        assertThat(duringOutage).as("the in-call retries").isGreaterThan(1);
        assertThat(deliveryOf(key).getString("status")).isEqualTo("FAILED");
        assertThat(deliveryOf(key).getString("error_kind")).isEqualTo("TRANSIENT");
        assertThat(job(jobId).getString("status")).isEqualTo("PENDING");
        assertThat(job(jobId).getInteger("attempts")).as("an outage is not a failed attempt").isZero();

        runDue();
        assertThat(messagesReceived(live)).as("backing off").isEqualTo(duringOutage);

        answer(live, 200, 0); // the platform is back
        clock.advance(Duration.ofMinutes(2));
        runDue();

        Row row = deliveryOf(key);
        assertThat(row.getString("status")).isEqualTo("SENT");
        assertThat(row.getInteger("send_round")).isEqualTo(2);
        assertThat(sql.count("select count(*) from delivery where idempotency_key = $1", "scheduled:" + key))
                .as("one delivery, two rounds").isOne();
        assertThat(job(jobId).getString("status")).isEqualTo("DONE");
        assertThat(messagesReceived(live)).isEqualTo(duringOutage + 1);
        clock.advance(Duration.ofHours(1));
        runDue();
        assertThat(messagesReceived(live)).as("never sent again once sent").isEqualTo(duringOutage + 1);
        assertThat(tasks(live)).isEmpty();
    }

    @Test
    void aMessageThatStaysUnsendableUntilItExpiresBecomesATaskForTheOwner() {
        Live live = liveWhatsApp();
        answer(live, 503, 0);
        String key = UUID.randomUUID().toString();
        String jobId = schedule(live, key, clock.instant().plus(Duration.ofMinutes(2)));

        runDue();
        assertThat(job(jobId).getString("status")).isEqualTo("PENDING");
        assertThat(tasks(live)).isEmpty();

        clock.advance(Duration.ofSeconds(90));
        runDue(); // round 2 fails; the next would come after expiresAt

        assertThat(job(jobId).getString("status")).isEqualTo("DONE");
        assertThat(deliveryOf(key).getString("status")).isEqualTo("FAILED");
        assertThat(tasks(live)).singleElement().satisfies(task -> {
            assertThat(task.get("title")).asString().contains("Not sent").contains(TO);
            assertThat(task.get("reason")).asString().contains("visit_reminder").contains("2 tries");
        });
    }

    @Test
    void aPermanentRefusalIsNotRetriedByTheJob() {
        Live live = liveWhatsApp();
        answer(live, 400, 0);
        String key = UUID.randomUUID().toString();
        String jobId = schedule(live, key, null);

        runDue();
        clock.advance(Duration.ofHours(2));
        runDue();

        assertThat(messagesReceived(live)).isOne();
        assertThat(deliveryOf(key).getString("status")).isEqualTo("FAILED");
        assertThat(job(jobId).getString("status")).isEqualTo("DONE");
    }

    @Test
    void aFacebookPostThatTimedOutIsConfirmedByReadingThePageBackAndNotPostedAgain() {
        Account owner = Accounts.signup("BASIC");
        String business = ChannelFixtures.businessOf(owner);
        String pageId = ChannelFixtures.uniqueId();
        String facebook = ChannelFixtures.facebook(owner, business, pageId, "LIVE");
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pageId + "/feed")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(3_000).withBody("{\"id\":\"" + pageId + "_77\"}")));
        wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v21.0/" + pageId + "/posts"))
                .withQueryParam("fields", com.github.tomakehurst.wiremock.client.WireMock.equalTo("id,message,created_time"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "Bearer " + ChannelFixtures.FB_TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"data":[{"id":"%1$s_76","message":"Yesterday's post","created_time":"2026-01-01T00:00:00+0000"},
                                 {"id":"%1$s_77","message":"Monsoon offer: 10%% off hair spa","created_time":"2026-01-01T00:00:00+0000"}]}
                        """.formatted(pageId))));

        owner.as().body(ChannelFixtures.batch(ChannelFixtures.post(facebook, "Monsoon offer: 10% off hair spa",
                ChannelFixtures.key()))).post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", org.hamcrest.Matchers.equalTo("SENT"))
                .body("results[0].platformId", org.hamcrest.Matchers.equalTo(pageId + "_77"));

        assertThat(wiremock.findAll(postRequestedFor(urlEqualTo("/v21.0/" + pageId + "/feed")))).hasSize(1);
        assertThat(deliveryTasks(owner, business)).as("confirmed: nothing for the owner to check").isEmpty();
    }

    @Test
    void aFacebookPostThatTimedOutAndIsNotOnThePageIsUncertainWithATask() {
        Account owner = Accounts.signup("BASIC");
        String business = ChannelFixtures.businessOf(owner);
        String pageId = ChannelFixtures.uniqueId();
        String facebook = ChannelFixtures.facebook(owner, business, pageId, "LIVE");
        wiremock.stubFor(post(urlEqualTo("/v21.0/" + pageId + "/feed")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(3_000).withBody("{\"id\":\"" + pageId + "_78\"}")));
        wiremock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/v21.0/" + pageId + "/posts"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"data\":[{\"id\":\"" + pageId + "_1\",\"message\":\"Another post\"}]}")));

        owner.as().body(ChannelFixtures.batch(ChannelFixtures.post(facebook, "Diwali hours: open till 10 pm",
                ChannelFixtures.key()))).post("/api/v1/actions").then().statusCode(200)
                .body("results[0].status", org.hamcrest.Matchers.equalTo("UNCERTAIN"));

        assertThat(wiremock.findAll(postRequestedFor(urlEqualTo("/v21.0/" + pageId + "/feed")))).hasSize(1);
        List<Map<String, Object>> tasks = deliveryTasks(owner, business);
        assertThat(tasks).singleElement().satisfies(task -> assertThat(task.get("reason")).asString()
                .contains("On Facebook Page, a post").contains("Diwali hours: open till 10 pm"));
    }

    @Test
    void anExpiryBeforeTheRunTimeIsRefusedNamingTheField() {
        Live live = liveWhatsApp();
        live.owner().as().body(Map.of("runAt", clock.instant().toString(), "connectionId", live.connection(),
                "expiresAt", clock.instant().minusSeconds(60).toString(),
                "action", Map.of("type", "TEMPLATE", "to", TO, "templateName", "x", "language", "en")))
                .post("/api/v1/scheduled-actions").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("expiresAt"));
    }
}
