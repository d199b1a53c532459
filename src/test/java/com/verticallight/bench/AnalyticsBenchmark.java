package com.verticallight.bench;

import static io.restassured.RestAssured.given;

import com.verticallight.analytics.SyntheticData;
import com.verticallight.analytics.TenantData;
import com.verticallight.analytics.Training;
import com.verticallight.analytics.churn.Visit;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Single predictions of a deployed forecast through the API (each stored and counted against the plan), one client
 * then 20 concurrent clients, then an open load at 10,000 a minute, and the training times of a forecast on 3 years of daily data and of a churn model on
 * 10,000 customers (in process, on the synthetic generator). The load is made with the JDK's HTTP client in the
 * same JVM (REST Assured costs the two shared cores about as much as the service does). Run with
 * {@code ./mvnw verify -Pbench -Dskip.ui=true -Dtest=AnalyticsBenchmark}; results in target/bench/analytics.md.
 */
@QuarkusTest
class AnalyticsBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    Sql sql;

    @Inject
    JobRunner jobs;

    @Test
    void predictionsAndTrainingTimes() throws Exception {
        StringBuilder out = new StringBuilder("# Analytics benchmark\n\n");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Account owner = Accounts.signup("ENTERPRISE");
        String business = Accounts.createBusiness(owner, "Bench salon");
        UUID contact = UUID.randomUUID();
        sql.query("insert into contact (id, tenant_id, name, tags, created_at, updated_at) values ($1, $2, 'x', '[]', "
                + "now(), now())", contact, owner.tenantId());
        double[] y = SyntheticData.revenue(today.minusDays(120), 120, 5, 300, 3);
        for (int i = 0; i < y.length; i++) {
            sql.query("insert into sale (id, tenant_id, business_id, contact_id, amount_minor, currency, occurred_at, "
                    + "review_request_status, created_at) values ($1, $2, $3, $4, $5, 'INR', $6, 'TOO_OLD', now())",
                    UUID.randomUUID(), owner.tenantId(), UUID.fromString(business), contact, Math.round(y[i] * 100),
                    today.minusDays(120 - i).atTime(12, 0).atOffset(ZoneOffset.UTC));
        }
        String id = owner.as().body(Map.of("name", "bench", "kind", "FORECAST", "target", "REVENUE", "businessId",
                business)).post("/api/v1/analytics/models").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        for (int i = 0; i < 600; i++) {
            jobs.runDue("bench").await().atMost(Duration.ofSeconds(60));
            if ("TRAINED".equals(owner.as().get("/api/v1/analytics/models/" + id + "/versions/1").then().extract()
                    .path("status"))) {
                break;
            }
            Thread.sleep(100);
        }
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then().statusCode(200);
        for (int i = 0; i < 100; i++) {
            predict(owner, id); // warm up
        }
        List<Long> one = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            one.add(predict(owner, id));
        }
        long oneWall = (System.nanoTime() - started) / 1_000_000;
        int clients = 20;
        LoadClients.Result load = LoadClients.run(clients, 100, () -> predict(owner, id));
        List<Long> many = load.micros();
        long manyWall = load.wallMillis();
        out.append("| clients | predictions | no answer in 20 s | wall | per minute | p50 | p99 |\n|---|---|---|---|---|---|---|\n");
        // the target rate: 10,000 a minute (167 a second) as an open load, latency counted from when each call was due
        LoadClients.Result paced = LoadClients.paced(16, 2_000, 10_000 / 60.0, () -> predict(owner, id));
        out.append(row(1, one, oneWall)).append(row(clients, many, manyWall));
        out.append("\nOpen load at 10,000 a minute (16 client threads, latency from when each call was due):\n\n")
                .append("| clients | predictions | no answer in 20 s | wall | per minute | p50 | p99 |\n|---|---|---|---|---|---|---|\n")
                .append(row(16, paced.micros(), paced.wallMillis()));
        // training after the predictions: its data (382,795 visits) would otherwise stay reachable in this JVM, which
        // also runs the service, and lengthen every garbage collection pause the predictions see
        double[] threeYears = SyntheticData.revenue(today.minusDays(1095), 1095, 5, 400, 1);
        started = System.nanoTime();
        Training.forecast("REVENUE", new TenantData.Series(today.minusDays(1095), threeYears), null);
        out.append("\nForecast training, 1,095 days: ").append((System.nanoTime() - started) / 1_000_000).append(" ms\n\n");
        List<Visit> visits = SyntheticData.customers(10_000, today.minusDays(1), 730, 0.4, 2);
        started = System.nanoTime();
        var churn = Training.churn(visits, today, null);
        out.append("Churn training, 10,000 customers (").append(visits.size()).append(" visits): ")
                .append((System.nanoTime() - started) / 1_000_000).append(" ms, holdout AUC ")
                .append(String.format("%.3f", (Double) churn.metrics().get("auc"))).append("\n\n");

        Path file = Path.of("target/bench/analytics.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
        System.out.println(out);
    }

    /** One prediction through the API with the JDK's HTTP client (REST Assured costs the shared cores more than the service). */
    private static long predict(Account owner, String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/v1/analytics/models/" + id + "/predict")).header("Authorization", "Bearer " + owner.accessToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"inputs\":{}}"))
                .timeout(Duration.ofSeconds(20)).build();
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return -1; // counted as failed: no answer within 20 s
        }
        long micros = (System.nanoTime() - started) / 1_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("predict answered " + response.statusCode() + ": " + response.body());
        }
        return micros;
    }

    private static String row(int clients, List<Long> all, long wallMillis) {
        List<Long> micros = new ArrayList<>(all.stream().filter(m -> m >= 0).toList());
        Collections.sort(micros);
        double p50 = micros.get(micros.size() / 2) / 1000.0;
        double p99 = micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0;
        return String.format("| %d | %d | %d | %d ms | %d | %.1f ms | %.1f ms |%n", clients, micros.size(),
                all.size() - micros.size(), wallMillis, micros.size() * 60_000L / Math.max(1, wallMillis), p50, p99);
    }
}
