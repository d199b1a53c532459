package com.verticallight.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.verticallight.channel.ChannelFixtures;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A daily run for 1,000 businesses (10 tenants x 100) whose platforms all answer in 100 ms: each business has a
 * Facebook page and a Google profile with one new 5-star review, so its day is 4 platform calls (list reviews,
 * Facebook post, Google post, review reply). The scheduler's tick is called in a loop as the real one would be.
 * Run with {@code ./mvnw verify -Pbench}; results go to target/bench/day-run.md.
 */
@QuarkusTest
class DayRunBenchmark {

    private static final int TENANTS = 10;
    private static final int PER_TENANT = 100;
    private static final int TASKS_PER_BUSINESS = 3;

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @Inject
    Sql sql;

    @Test
    void thousandBusinessesAt100ms() throws Exception {
        stubPlatforms(100);
        LocalTime at = clock.instant().plus(Duration.ofHours(1)).atZone(ZoneId.of("Asia/Kolkata")).toLocalTime();
        String runAt = at.format(DateTimeFormatter.ofPattern("H:mm", Locale.ENGLISH));
        List<UUID> tenants = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            Account owner = Accounts.signup("ENTERPRISE");
            tenants.add(owner.tenantId());
            for (int b = 0; b < PER_TENANT; b++) {
                setUp(owner, runAt);
            }
        }
        UUID[] ids = tenants.toArray(UUID[]::new);
        clock.advance(Duration.ofMinutes(61));
        long rssBefore = rssMegabytes();
        long started = System.nanoTime();
        long deadline = started + Duration.ofMinutes(15).toNanos();
        int rounds = 0;
        long peakRss = rssBefore;
        // until every day run of today is finished (a retried one waits out its backoff), or the deadline
        while (sql.count("select count(*) from job where kind = 'day.run' and tenant_id = any($1) and status in ('PENDING', 'RUNNING') and run_at <= now() + interval '62 minutes'",
                (Object) ids) > 0 && System.nanoTime() < deadline) {
            if (runner.runDue("bench").await().atMost(Duration.ofMinutes(5)) == 0) {
                Thread.sleep(100); // only retries are left, due after their backoff
            }
            rounds++;
            peakRss = Math.max(peakRss, rssMegabytes());
        }
        long wallMillis = (System.nanoTime() - started) / 1_000_000;
        long plans = sql.count("select count(*) from daily_plan where tenant_id = any($1) and status = 'DONE'", (Object) ids);
        long done = sql.count("select count(*) from daily_plan_task where tenant_id = any($1) and status = 'DONE'", (Object) ids);
        var jobs = sql.query("""
                select count(*) filter (where attempts > 1) retried, coalesce(sum(attempts - 1), 0) retries,
                       count(*) filter (where status = 'FAILED') failed
                from job where kind = 'day.run' and tenant_id = any($1) and attempts > 0""", (Object) ids).get(0);
        var perPlan = sql.query("""
                select percentile_cont(0.5) within group (order by ms) p50, percentile_cont(0.99) within group (order by ms) p99
                from (select extract(epoch from (finished_at - started_at)) * 1000 ms from daily_plan
                      where tenant_id = any($1) and status = 'DONE') d""", (Object) ids).get(0);
        String report = "Run on " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + Runtime.version() + "\n\n## Daily run: 1,000 businesses, platforms answering in 100 ms\n"
                + "plans DONE: " + plans + " of " + TENANTS * PER_TENANT + "; platform tasks DONE: " + done
                + " of " + TASKS_PER_BUSINESS * TENANTS * PER_TENANT
                + " (3 per business, after 1 review read each); day-run retries: " + jobs.getLong("retries")
                + " (of " + jobs.getLong("retried") + " runs), failed: " + jobs.getLong("failed") + "; wall time "
                + wallMillis + " ms over " + rounds
                + " scheduler ticks = " + (plans * 1000 / Math.max(1, wallMillis)) + " businesses/s; one business's run "
                + "(start to finish) p50 " + Math.round(perPlan.getDouble("p50")) + " ms, p99 "
                + Math.round(perPlan.getDouble("p99")) + " ms; RSS of the test JVM (service + WireMock) " + rssBefore
                + " MB before, " + peakRss + " MB peak\n";
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/day-run.md"), report);
        System.out.println(report);
        clock.reset();
        // a benchmark whose work was left undone measured something else: it fails, with its report
        org.assertj.core.api.Assertions.assertThat(plans).as(report).isEqualTo(TENANTS * PER_TENANT);
        org.assertj.core.api.Assertions.assertThat(done).as(report).isEqualTo(TASKS_PER_BUSINESS * TENANTS * PER_TENANT);
    }

    private static void setUp(Account owner, String runAt) {
        String business = Accounts.createBusiness(owner, "Outlet");
        ChannelFixtures.facebook(owner, business, ChannelFixtures.uniqueId(), "LIVE");
        ChannelFixtures.connect(owner, business, "GOOGLE_BUSINESS_PROFILE",
                Map.of("accountId", "1", "locationId", ChannelFixtures.uniqueId()), Map.of("accessToken", "t"), "LIVE");
        owner.as().body(Map.of("runAt", runAt)).put("/api/v1/businesses/" + business + "/daily-plan/settings")
                .then().statusCode(200);
    }

    private static void stubPlatforms(int delayMillis) {
        var wiremock = WireMockPlatforms.server();
        wiremock.resetAll();
        wiremock.stubFor(post(urlPathMatching("/v21.0/.*/feed")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json").withBody("{\"id\":\"1_2\"}")));
        wiremock.stubFor(post(urlPathMatching("/v4/accounts/.*/localPosts")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"accounts/1/locations/2/localPosts/3\",\"state\":\"LIVE\"}")));
        wiremock.stubFor(get(urlPathMatching("/v4/accounts/.*/reviews")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
                .withBody("{\"reviews\":[{\"reviewId\":\"r1\",\"reviewer\":{\"displayName\":\"Asha\"},"
                        + "\"starRating\":\"FIVE\",\"comment\":\"Lovely\"}]}")));
        wiremock.stubFor(put(urlPathMatching("/v4/accounts/.*/reviews/.*/reply")).willReturn(aResponse()
                .withStatus(200).withFixedDelay(delayMillis).withHeader("Content-Type", "application/json")
                .withBody("{\"comment\":\"ok\"}")));
    }

    private static long rssMegabytes() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
