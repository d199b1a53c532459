package com.verticallight.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.channel.WebhookTestSupport;
import com.verticallight.channel.webhook.InboundEvent;
import com.verticallight.channel.webhook.WebhookInbox;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay takes an event with a committed claim before processing (no lock held meanwhile), retries a failed
 * processing, takes back the event of an instance that died, and makes an event that always fails a visible dead
 * letter with a task for the owner, which can be replayed.
 */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @Inject
    WebhookInbox inbox;

    @Inject
    OutboxRelay relay;

    @Inject
    TroubledInboundListener troubled;

    @AfterEach
    void reset() {
        clock.reset();
        troubled.reset();
    }

    private record WhatsAppBusiness(Account owner, String business, String pnid, String connection) {
    }

    private static WhatsAppBusiness whatsAppBusiness() {
        Account owner = Accounts.signup("BASIC");
        String business = ChannelFixtures.businessOf(owner);
        String pnid = ChannelFixtures.uniqueId();
        String connection = ChannelFixtures.whatsapp(owner, business, pnid, "SANDBOX");
        return new WhatsAppBusiness(owner, business, pnid, connection);
    }

    private Row eventOf(UUID tenant, String topic) {
        List<Row> rows = sql.query("select id, status, attempts, claimed_by, last_error from outbox "
                + "where tenant_id = $1 and topic = $2 order by created_at desc", tenant, topic);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Like {@link #waitUntil} for what the relay must do (a retry after its backoff, a take after a claim ran out):
     * takes what is due itself between checks instead of waiting for the scheduler's next tick (it ticks once a
     * second at the finest, so ten attempts took ten seconds). A take beside the scheduler's is safe: both claim
     * with skip locked.
     */
    private void relayUntil(String what, BooleanSupplier condition) {
        waitUntil(what, () -> {
            if (condition.getAsBoolean()) {
                return true;
            }
            relay.relayPending().await().atMost(Duration.ofSeconds(30));
            return condition.getAsBoolean();
        });
    }

    private static boolean status(Row row, String status) {
        return row != null && status.equals(row.getString("status"));
    }

    @Test
    void whileAConsumerWorksTheEventIsClaimedAndCommittedButNotLocked() {
        WhatsAppBusiness shop = whatsAppBusiness();
        CompletableFuture<Void> hold = new CompletableFuture<>();
        String wamid = "wamid." + UUID.randomUUID();
        troubled.hold(wamid, hold);
        WebhookTestSupport.deliver(WebhookTestSupport.inboundText(shop.pnid(), wamid, "919812300002", "Price?"))
                .statusCode(200);
        waitUntil("the listener holds the message", () -> troubled.timesSeen(wamid) == 1);

        Row taken = eventOf(shop.owner().tenantId(), "whatsapp.message");
        assertThat(taken.getString("status")).isEqualTo("PENDING");
        assertThat(taken.getString("claimed_by")).as("the claim is committed before processing").isNotNull();
        assertThat(taken.getInteger("attempts")).isOne();
        assertThat(sql.query("select id from outbox where id = $1 for update nowait", taken.getUUID("id")))
                .as("no transaction holds the row while the consumer works").hasSize(1);

        hold.complete(null);
        waitUntil("the event is published", () -> status(eventOf(shop.owner().tenantId(), "whatsapp.message"), "PUBLISHED"));
    }

    @Test
    void aListenerFailureIsRetriedNotSwallowedAndTheLeadIsTakenOnce() {
        WhatsAppBusiness shop = whatsAppBusiness();
        String wamid = "wamid." + UUID.randomUUID();
        troubled.failFor(wamid);
        WebhookTestSupport.deliver(WebhookTestSupport.inboundText(shop.pnid(), wamid, "919812300003", "Facial today?"))
                .statusCode(200);

        relayUntil("the failed processing is retried", () -> troubled.timesSeen(wamid) >= 3);
        Row failing = eventOf(shop.owner().tenantId(), "whatsapp.message");
        assertThat(failing.getString("status")).isEqualTo("PENDING");
        assertThat(failing.getString("last_error")).contains("the listener is down");

        troubled.recover(wamid);
        relayUntil("the event is published", () -> status(eventOf(shop.owner().tenantId(), "whatsapp.message"), "PUBLISHED"));
        assertThat(sql.count("select count(*) from lead where tenant_id = $1 and external_ref = $2",
                shop.owner().tenantId(), wamid)).as("retries took the lead once").isOne();
    }

    @Test
    void anEventOfAnInstanceThatDiedIsTakenAgainWhenItsClaimRunsOut() {
        WhatsAppBusiness shop = whatsAppBusiness();
        String wamid = "wamid." + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String payload = """
                {"connectionId":"%s","businessId":"%s","contacts":[{"profile":{"name":"Asha Sen"}}],
                 "message":{"from":"919812300004","id":"%s","timestamp":"%d","type":"text","text":{"body":"Hello"}}}"""
                .formatted(shop.connection(), shop.business(), wamid, Instant.now().getEpochSecond());
        // an instance took it (attempt 1) and died before finishing: its claim runs for 5 more minutes
        sql.query("""
                insert into outbox (id, tenant_id, topic, payload, created_at, attempts, claimed_by, claimed_until)
                values ($1, $2, 'whatsapp.message', $3, $4, 1, 'dead-instance', $5)""", id, shop.owner().tenantId(),
                payload, clock.instant().atOffset(ZoneOffset.UTC),
                clock.instant().plus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC));

        relay.relayPending().await().atMost(Duration.ofSeconds(30));
        assertThat(troubled.timesSeen(wamid)).as("the claim still holds").isZero();
        assertThat(eventOf(shop.owner().tenantId(), "whatsapp.message").getString("claimed_by")).isEqualTo("dead-instance");

        clock.advance(Duration.ofMinutes(6));
        relayUntil("another take publishes it", () -> status(eventOf(shop.owner().tenantId(), "whatsapp.message"), "PUBLISHED"));
        assertThat(eventOf(shop.owner().tenantId(), "whatsapp.message").getInteger("attempts")).isEqualTo(2);
        assertThat(troubled.timesSeen(wamid)).isOne();
    }

    @Test
    void aWebsiteLeadThatCannotBeProcessedEndsDeadWithATaskForTheOwner() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> body = new HashMap<>(Accounts.business("Glow"));
        var created = owner.as().body(body).post("/api/v1/businesses").then().statusCode(201).extract();
        String business = created.path("id");
        String formKey = created.path("leadFormKey");
        given().contentType("application/json").body(Map.of("name", "Riya Das", "phone", "098300 11229"))
                .post("/public/lead-forms/" + formKey).then().statusCode(202);
        String contact = owner.as().get("/api/v1/contacts?q=Riya").then().statusCode(200).extract().path("items[0].id");
        // a submission stored before lead forms refused NUL: its processing fails in PostgreSQL every time
        String payload = "{\"businessId\":\"" + business + "\",\"contactId\":\"" + contact
                + "\",\"name\":\"Riya Das\",\"message\":\"Bridal\\u0000makeup on 12 Dec?\",\"page\":null,\"consent\":false}";
        inbox.accept(List.of(new InboundEvent(owner.tenantId(), "FORM", "nul-" + UUID.randomUUID(), "lead", payload)))
                .await().atMost(Duration.ofSeconds(10));
        UUID event = sql.query("select id from outbox where tenant_id = $1 and topic = 'form.lead' and payload like '%u0000%'",
                owner.tenantId()).get(0).getUUID("id");

        relayUntil("the event is dead", () -> "DEAD".equals(sql.query("select status from outbox where id = $1", event)
                .get(0).getString(0)));
        Row dead = sql.query("select attempts, last_error, dead_at from outbox where id = $1", event).get(0);
        assertThat(dead.getInteger("attempts")).isEqualTo(10);
        assertThat(dead.getString("last_error")).isNotBlank();

        owner.as().get("/api/v1/outbox/dead-letters").then().statusCode(200)
                .body("find { it.id == '" + event + "' }.topic", equalTo("form.lead"))
                .body("find { it.id == '" + event + "' }.status", equalTo("DEAD"))
                .body("find { it.id == '" + event + "' }.attempts", equalTo(10));
        waitUntil("the owner has a task", () -> owner.as().get("/api/v1/businesses/" + business + "/manual-tasks")
                .then().extract().jsonPath().getList("findAll { it.reference == 'outbox:" + event + "' }").size() == 1);
        Map<String, Object> task = owner.as().get("/api/v1/businesses/" + business + "/manual-tasks").then()
                .extract().jsonPath().getMap("find { it.reference == 'outbox:" + event + "' }");
        assertThat(task.get("title")).isEqualTo("A website lead could not be processed");
        assertThat((String) task.get("reason")).contains("website lead from Riya Das").contains("Bridal makeup")
                .contains("10 attempts").contains(event.toString());
        assertThat(task.get("guidanceKey")).isEqualTo("outbox-dead-letter");
        Map<String, Object> hindi = owner.as().header("Accept-Language", "hi").get("/api/v1/businesses/" + business
                + "/manual-tasks").then().extract().jsonPath().getMap("find { it.reference == 'outbox:" + event + "' }");
        assertThat(hindi.get("title")).isEqualTo("वेबसाइट की एक लीड को प्रोसेस नहीं किया जा सका");
        assertThat((String) hindi.get("reason")).contains("Riya Das की ओर से वेबसाइट की एक लीड").contains("Bridal makeup")
                .contains("10 कोशिशों");

        Account stranger = Accounts.signup("BASIC");
        assertThat(stranger.as().get("/api/v1/outbox/dead-letters").then().statusCode(200).extract().jsonPath()
                .getList("id")).doesNotContain(event.toString());
        stranger.as().post("/api/v1/outbox/dead-letters/" + event + "/replay").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aReplayedDeadLetterIsProcessedOnceMoreAfterTheCauseIsFixed() {
        WhatsAppBusiness shop = whatsAppBusiness();
        String wamid = "wamid." + UUID.randomUUID();
        troubled.failFor(wamid);
        WebhookTestSupport.deliver(WebhookTestSupport.inboundText(shop.pnid(), wamid, "919812300005", "Open Sunday?"))
                .statusCode(200);
        relayUntil("the event is dead", () -> status(eventOf(shop.owner().tenantId(), "whatsapp.message"), "DEAD"));
        UUID event = eventOf(shop.owner().tenantId(), "whatsapp.message").getUUID("id");
        waitUntil("the owner has a task", () -> shop.owner().as().get("/api/v1/businesses/" + shop.business()
                + "/manual-tasks").then().extract().jsonPath()
                .getList("findAll { it.title == 'A WhatsApp message could not be processed' }").size() == 1);

        troubled.recover(wamid);
        shop.owner().as().post("/api/v1/outbox/dead-letters/" + event + "/replay").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0));
        relayUntil("the replayed event is published",
                () -> status(eventOf(shop.owner().tenantId(), "whatsapp.message"), "PUBLISHED"));
        assertThat(shop.owner().as().get("/api/v1/outbox/dead-letters").then().statusCode(200).extract().jsonPath()
                .getList("id")).doesNotContain(event.toString());
        shop.owner().as().post("/api/v1/outbox/dead-letters/" + event + "/replay").then().statusCode(409);
        assertThat(sql.count("select count(*) from lead where tenant_id = $1 and external_ref = $2",
                shop.owner().tenantId(), wamid)).isOne();
    }
}
