package com.verticallight;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 in the middle of a few hundred scheduled sends, over the packaged service: after the restart every delivery
 * ends in a final state — SENT and received exactly once, or UNCERTAIN with a task naming it — none is lost silently
 * and none arrives twice. The platform is a live webhook connection to a slowish WireMock stub.
 */
class DeliveryCrashIT {

    private static final int SENDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dataDir = Path.of("target/delivery-crash-it/data");
    private final WireMockServer subscriber = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .containerThreads(64));
    private PackagedService current;

    @AfterEach
    void stop() throws Exception {
        if (current != null) {
            current.process().destroy();
            current.process().waitFor();
        }
        subscriber.stop();
    }

    @Test
    void aCrashMidwayThroughScheduledSendsLosesNothingSilentlyAndSendsNothingTwice() throws Exception {
        PackagedService.deleteRecursively(dataDir);
        subscriber.start();
        subscriber.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(500)));

        long begun = System.nanoTime();
        current = start();
        long started = System.nanoTime();
        String password = current.demoPassword();
        String token = current.login(password);
        String business = given().auth().oauth2(token).get(current.url("/api/v1/businesses")).then().statusCode(200)
                .extract().path("[0].id");
        String connection = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "WEBHOOK", "mode", "LIVE",
                        "platformIds", Map.of("url", "http://localhost:" + subscriber.port() + "/hook"),
                        "credentials", Map.of("secret", "crash-test-secret")))
                .post(current.url("/api/v1/businesses/" + business + "/connections")).then().statusCode(201)
                .extract().path("id");

        // all due at one time, soon: sends may begin while the last are scheduled (300 sends of 500 ms take ~30 s at
        // the gateway's pace), so the kill, after the scheduling and 60 sends, lands in the middle of the sends
        Instant runAt = Instant.now().plusSeconds(12);
        List<String> scheduled = java.util.stream.IntStream.range(0, SENDS).mapToObj(i -> "crash-" + i).toList();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            for (java.util.concurrent.Future<?> done : clients.invokeAll(scheduled.stream()
                    .<java.util.concurrent.Callable<Object>>map(key -> () -> given().auth().oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(Map.of("runAt", runAt.toString(), "connectionId", connection, "idempotencyKey", key,
                                    "action", Map.of("type", "EVENT", "event", "crash.test", "data", Map.of("key", key))))
                            .post(current.url("/api/v1/scheduled-actions")).then().statusCode(201))
                    .toList())) {
                done.get();
            }
        } finally {
            clients.shutdown();
        }
        int beforeDue = received();
        long scheduledAll = System.nanoTime();

        waitUntil(Duration.ofSeconds(90), () -> received() >= 60, "the stub to receive 60 sends");
        long killed = System.nanoTime();
        current.process().destroyForcibly(); // kill -9: sends in flight, claimed, half-written
        current.process().waitFor();
        int beforeRestart = received();
        assertThat(beforeRestart).as("the kill landed before every send was received").isLessThan(SENDS);

        current = start();
        long restarted = System.nanoTime();
        String fresh = current.login(password);
        waitUntil(Duration.ofSeconds(120), () -> settled(fresh, connection), "every delivery and job to settle");
        long settledAt = System.nanoTime();

        Map<String, Long> receivedPerKey = receivedPerKey();
        Map<String, String> statusPerKey = new HashMap<>();
        for (JsonNode delivery : json(given().auth().oauth2(fresh)
                .get(current.url("/api/v1/deliveries?limit=500&connectionId=" + connection)).asString())) {
            statusPerKey.put(delivery.path("idempotencyKey").asText().replace("scheduled:", ""),
                    delivery.path("status").asText());
        }
        String tasks = given().auth().oauth2(fresh).get(current.url("/api/v1/businesses/" + business + "/manual-tasks"))
                .asString();

        assertThat(receivedPerKey.values()).as("zero duplicates").allMatch(count -> count == 1);
        List<String> uncertain = new ArrayList<>();
        for (String key : scheduled) {
            String status = statusPerKey.get(key);
            assertThat(status).as("delivery of " + key).isIn("SENT", "UNCERTAIN");
            if (status.equals("SENT")) {
                assertThat(receivedPerKey.getOrDefault(key, 0L)).as(key + " SENT and received once").isEqualTo(1);
            } else {
                uncertain.add(key);
                assertThat(tasks).as("a task names the uncertain " + key).contains("{key=" + key + "}");
            }
        }
        System.out.printf("DeliveryCrashIT: %d scheduled (%d received while scheduling), %d received before the kill, "
                + "%d in all; %d SENT, %d UNCERTAIN (%d of those had arrived), 0 duplicates%n", SENDS, beforeDue,
                beforeRestart, received(),
                SENDS - uncertain.size(), uncertain.size(),
                uncertain.stream().filter(receivedPerKey::containsKey).count());
        System.out.printf("DeliveryCrashIT phases (s): start %.1f, schedule %.1f, until the kill %.1f, restart %.1f, "
                + "settle %.1f%n", seconds(started - begun), seconds(scheduledAll - started), seconds(killed - scheduledAll),
                seconds(restarted - killed), seconds(settledAt - restarted));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** No delivery SENDING, every job of the crash test finished. */
    private boolean settled(String token, String connection) {
        JsonNode deliveries = json(given().auth().oauth2(token)
                .get(current.url("/api/v1/deliveries?limit=500&connectionId=" + connection)).asString());
        boolean anySending = false;
        for (JsonNode delivery : deliveries) {
            anySending |= delivery.path("status").asText().equals("SENDING");
        }
        JsonNode done = json(given().auth().oauth2(token)
                .get(current.url("/api/v1/jobs?status=DONE&kind=channel.action&limit=500")).asString());
        return deliveries.size() == SENDS && !anySending && done.size() == SENDS;
    }

    private int received() {
        return subscriber.findAll(postRequestedFor(urlEqualTo("/hook"))).size();
    }

    private Map<String, Long> receivedPerKey() {
        return subscriber.findAll(postRequestedFor(urlEqualTo("/hook"))).stream()
                .map(request -> json(request.getBodyAsString()).path("data").path("key").asText())
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    private static void waitUntil(Duration atMost, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private PackagedService start() throws Exception {
        return PackagedService.start(dataDir, "-Dvlos.rate-limit.enabled=false",
                "-Dvlos.channels.allow-private-addresses=true", "-Dvlos.jobs.lease=PT15S", "-Dvlos.channels.sweeper.every=1s",
                "-Dvlos.channels.sweeper.lease=PT10S", "-Dvlos.channels.sweeper.recheck=PT2S");
    }
}
