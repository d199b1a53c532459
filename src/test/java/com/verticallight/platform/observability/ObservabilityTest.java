package com.verticallight.platform.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.verticallight.channel.ChannelFixtures.batch;
import static com.verticallight.channel.ChannelFixtures.key;
import static com.verticallight.support.Eventually.eventually;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The product metrics in /q/metrics, the backlog health check and the trace ids in the log, as an operator sees them. */
@QuarkusTest
class ObservabilityTest {

    @Inject
    Sql sql;

    @Inject
    Clock clock;

    @Test
    void aDeliveryCountsByPlatformAndOutcomeAndTimesThePlatformCall() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String page = ChannelFixtures.uniqueId();
        String live = ChannelFixtures.facebook(owner, business, page, "LIVE");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v21.0/" + page + "/feed")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1_2\"}")));
        String sent = "vlos_deliveries_total{outcome=\"SENT\",platform=\"FACEBOOK_PAGE\"}";
        String calls = "vlos_platform_calls_seconds_count{platform=\"FACEBOOK_PAGE\"}";
        double sentBefore = value(metrics(), sent);
        double callsBefore = value(metrics(), calls);

        owner.as().body(batch(ChannelFixtures.post(live, "Weekend offer", key()))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", equalTo("SENT"));

        String after = metrics();
        assertThat(value(after, sent)).isEqualTo(sentBefore + 1);
        assertThat(value(after, calls)).isEqualTo(callsBefore + 1);
        assertThat(value(after, "vlos_circuits{platform=\"FACEBOOK_PAGE\",state=\"CLOSED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(after).contains("vlos_websocket_sessions ").contains("vlos_outbox_backlog ")
                .doesNotContain(owner.tenantId().toString());
    }

    @Test
    void aJobKindLateBeyondTheLimitTurnsTheBacklogCheckDownWithoutUnreadyingThePod() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        UUID job = UUID.randomUUID();
        Instant now = clock.instant();
        sql.query("""
                insert into job (id, tenant_id, kind, payload, run_at, status, attempts, max_attempts, backoff_seconds,
                                 idempotency_key, created_at, updated_at)
                values ($1, $2, 'ops.stuck-probe', '{}', $3, 'PENDING', 0, 3, 60, $4, $3, $3)""",
                job, owner.tenantId(), now.minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), job.toString());
        try {
            JsonPath health = given().get("/q/health/well").then().statusCode(503).extract().jsonPath();
            assertThat(health.getString("status")).isEqualTo("DOWN");
            assertThat(health.getString("checks.find { it.name == 'backlog' }.status")).isEqualTo("DOWN");
            java.util.Map<String, Object> data = health.getMap("checks.find { it.name == 'backlog' }.data");
            assertThat(data).as(health.prettify()).containsKey("job:ops.stuck-probe");
            assertThat(data.get("job:ops.stuck-probe").toString()).startsWith("1 due, oldest late by PT1H");
            String metrics = metrics();
            assertThat(value(metrics, "vlos_jobs_backlog{kind=\"ops.stuck-probe\"}")).isEqualTo(1);
            assertThat(value(metrics, "vlos_jobs_lag_seconds{kind=\"ops.stuck-probe\"}")).isGreaterThanOrEqualTo(3600);
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            sql.query("delete from job where id = $1", job);
        }
        JsonPath healed = given().get("/q/health/well").then().extract().jsonPath();
        java.util.Map<String, Object> healedData = healed.getMap("checks.find { it.name == 'backlog' }.data");
        assertThat(healedData == null ? java.util.Map.of() : healedData).doesNotContainKey("job:ops.stuck-probe");
        assertThat(value(metrics(), "vlos_jobs_backlog{kind=\"ops.stuck-probe\"}")).isZero();
    }

    @Test
    void aLogLineWrittenDuringARequestCarriesThatRequestsTraceAndSpanIds() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String page = ChannelFixtures.uniqueId();
        String live = ChannelFixtures.facebook(owner, business, page, "LIVE");
        WireMockPlatforms.server().stubFor(post(urlEqualTo("/v21.0/" + page + "/feed")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Invalid parameter\",\"type\":\"OAuthException\",\"code\":100}}")));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String deliveryId = owner.as().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(batch(ChannelFixtures.post(live, "Weekend offer", key()))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", equalTo("FAILED"))
                .extract().path("results[0].deliveryId");

        Pattern line = Pattern.compile("traceId=([0-9a-f]{32}), spanId=([0-9a-f]{16}) \\[.*\\] \\(.*\\) Delivery "
                + deliveryId + " on FACEBOOK_PAGE failed");
        eventually(() -> line.matcher(log()).find(), "the failed delivery is logged");
        Matcher logged = line.matcher(log());
        assertThat(logged.find()).isTrue();
        assertThat(logged.group(1)).isEqualTo(traceId);
        assertThat(logged.group(2)).isNotEqualTo("0000000000000000").isNotEqualTo("00f067aa0ba902b7");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series in the Prometheus text (before any exemplar), 0 when it is not there yet. */
    private static double value(String metrics, String series) {
        for (String row : metrics.split("\n")) {
            if (row.startsWith(series + " ")) {
                return Double.parseDouble(row.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return 0;
    }

    @Test
    void theCounterOfADeliveryCarriesTheTraceOfItsRequestAsAnExemplar() {
        Account owner = ChannelFixtures.tenantWithBusiness();
        String business = ChannelFixtures.businessOf(owner);
        String page = ChannelFixtures.uniqueId();
        String live = ChannelFixtures.facebook(owner, business, page, "SANDBOX");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        owner.as().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(batch(ChannelFixtures.post(live, "Weekend offer", key()))).post("/api/v1/actions")
                .then().statusCode(200).body("results[0].status", equalTo("SIMULATED"));

        assertThat(metrics()).containsPattern("vlos_deliveries_total\\{outcome=\"SIMULATED\",platform=\"FACEBOOK_PAGE\"\\} "
                + "[0-9.]+ # \\{span_id=\"[0-9a-f]{16}\",trace_id=\"" + traceId + "\"\\}");
    }

    private static String log() {
        try {
            return Files.readString(Path.of("target/quarkus-test.log"));
        } catch (IOException e) {
            return "";
        }
    }
}
