package com.verticallight.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The gateway's fan-out against platform stubs with a fixed answer time. Run with {@code ./mvnw verify -Pbench};
 * results go to target/bench/gateway.md (copy them into docs/benchmarks.md). Not part of the test suite.
 */
@QuarkusTest
class GatewayBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringBuilder report = new StringBuilder();

    @Inject
    Sql sql;

    private static void stubPlatforms(int delayMillis) {
        var wiremock = WireMockPlatforms.server();
        wiremock.resetAll();
        wiremock.stubFor(post(urlPathMatching("/v21.0/.*/messages")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.BENCH\"}]}")));
        wiremock.stubFor(post(urlPathMatching("/v21.0/.*/feed")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1_2\"}")));
        wiremock.stubFor(post(urlPathMatching("/v4/accounts/.*/localPosts")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"accounts/1/locations/2/localPosts/3\",\"state\":\"LIVE\"}")));
    }

    /** Three connections (WhatsApp, Facebook page, Google profile) on a new business; returns their ids. */
    private static List<String> connectBusiness(Account owner, int n) {
        String business = Accounts.createBusiness(owner, "Outlet " + n);
        String pnid = ChannelFixtures.uniqueId();
        return List.of(ChannelFixtures.whatsapp(owner, business, pnid, "LIVE"),
                ChannelFixtures.facebook(owner, business, ChannelFixtures.uniqueId(), "LIVE"),
                ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                        Map.of("accountId", "1", "locationId", pnid), Map.of("accessToken", "t"), "LIVE"));
    }

    /** A day's work for one business: 2 posts and 7 WhatsApp reminders. */
    private static List<Map<String, Object>> nineActions(List<String> connections, int business) {
        List<Map<String, Object>> actions = new ArrayList<>();
        actions.add(ChannelFixtures.post(connections.get(1), "Weekend offer", ChannelFixtures.key()));
        actions.add(Map.of("connectionId", connections.get(2), "idempotencyKey", ChannelFixtures.key(),
                "action", Map.of("type", "POST", "text", "Weekend offer", "language", "en")));
        for (int i = 0; i < 7; i++) {
            actions.add(ChannelFixtures.template(connections.get(0),
                    String.format("+9198%04d%04d", business % 10000, i), "reminder", ChannelFixtures.key()));
        }
        return actions;
    }

    @Test
    void fanOut() throws Exception {
        report.append("Run on ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, JDK ").append(Runtime.version()).append("\n\n");
        nineActionsAt200ms();
        thousandBusinessesAt100ms();
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/gateway.md"), report.toString());
        System.out.println(report);
    }

    private void nineActionsAt200ms() {
        stubPlatforms(200);
        Account owner = Accounts.signup("ENTERPRISE");
        List<String> connections = connectBusiness(owner, 0);
        List<Long> walls = new ArrayList<>();
        for (int run = 0; run < 12; run++) {
            long wall = ((Number) owner.as().body(Map.of("actions", nineActions(connections, run)))
                    .post("/api/v1/actions").then().statusCode(200).extract().path("wallTimeMillis")).longValue();
            if (run >= 2) {
                walls.add(wall); // the first two warm up
            }
        }
        walls.sort(Long::compare);
        report.append("## 9 actions, every platform answering in 200 ms\n")
                .append("sum of the calls: 1800 ms; fan-out wall time over 10 runs: min ").append(walls.get(0))
                .append(" ms, median ").append(walls.get(walls.size() / 2)).append(" ms, max ")
                .append(walls.get(walls.size() - 1)).append(" ms (includes the send-policy checks of the 7 messages)\n\n");
    }

    private void thousandBusinessesAt100ms() throws Exception {
        stubPlatforms(100);
        List<Account> tenants = new ArrayList<>();
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            Account owner = Accounts.signup("ENTERPRISE");
            tenants.add(owner);
            List<Map<String, Object>> work = new ArrayList<>();
            for (int b = 0; b < 100; b++) {
                work.addAll(nineActions(connectBusiness(owner, t * 100 + b), t * 100 + b));
            }
            batches.add(work.subList(0, 450));
            batches.add(work.subList(450, 900));
        }
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                    + "/api/v1/actions")).header("Authorization", "Bearer " + tenants.get(i / 2).accessToken())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("actions", batches.get(i)))))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        long sent = sql.count("select count(*) from delivery where status = 'SENT' and tenant_id = any($1)",
                (Object) tenants.stream().map(Account::tenantId).toArray(java.util.UUID[]::new));
        var latency = sql.query("""
                select percentile_cont(0.5) within group (order by ms) p50, percentile_cont(0.99) within group (order by ms) p99
                from (select extract(epoch from (updated_at - created_at)) * 1000 ms from delivery
                      where tenant_id = any($1) and status = 'SENT') d""",
                (Object) tenants.stream().map(Account::tenantId).toArray(java.util.UUID[]::new)).get(0);
        long rssMb = rssMegabytes();
        report.append("## 1,000 businesses x 9 actions (10 tenants x 100 businesses), platforms answering in 100 ms\n")
                .append("actions sent: ").append(sent).append(" of 9000 in ").append(wallMillis).append(" ms = ")
                .append(sent * 1000 / Math.max(1, wallMillis)).append(" actions/s; per-action latency (claim to logged): p50 ")
                .append(Math.round(latency.getDouble("p50"))).append(" ms, p99 ")
                .append(Math.round(latency.getDouble("p99"))).append(" ms; RSS of the test JVM (service + WireMock) ")
                .append(rssMb).append(" MB\n");
    }

    private static long rssMegabytes() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
