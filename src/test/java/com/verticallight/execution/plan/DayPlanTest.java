package com.verticallight.execution.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.verticallight.job.JobRunner;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DayPlanTest {

    private static final List<String> PHOTOS = List.of("https://cdn.example.in/glow/1.jpg");

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @Inject
    DayScheduleKeeper keeper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDue() {
        runner.runDue("instance-a").await().atMost(Duration.ofSeconds(60));
    }

    @Test
    void aNewBusinessHasItsFirstDayScheduledAtItsEarliestPostingWindow() {
        DayPlanFixture day = new DayPlanFixture();
        Map<String, Object> settings = day.owner.as().get("/api/v1/businesses/" + day.business + "/daily-plan/settings")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(settings.get("runAtSource")).isEqualTo("POSTING_WINDOW");
        assertThat((String) settings.get("summary")).contains("Your day runs every day at");

        List<Map<String, Object>> jobs = day.dayJobs();
        assertThat(jobs).hasSize(1);
        assertThat(jobs.get(0).get("status")).isEqualTo("PENDING");
        assertThat(Instant.parse((String) jobs.get(0).get("runAt"))).isEqualTo(Instant.parse((String) settings.get("nextRunAt")));
    }

    @Test
    void theDayRunsAtItsTimeAndDoesEachTaskOnThePlatforms() {
        DayPlanFixture day = new DayPlanFixture();
        day.facebook("LIVE");
        day.instagram("LIVE");
        day.google("LIVE");
        day.facebookAccepts();
        day.instagramAccepts();
        day.googleAcceptsWithReviews();
        day.runIn(clock, Duration.ofHours(2), PHOTOS);

        clock.advance(Duration.ofMinutes(110));
        runDue();
        assertThat(day.plan().getString("status")).as("not before its time").isEqualTo("NOT_STARTED");
        assertThat(day.facebookPosts()).isZero();

        clock.advance(Duration.ofMinutes(11));
        runDue();
        JsonPath plan = day.plan();
        assertThat(plan.getString("status")).isEqualTo("DONE");
        assertThat(plan.getString("trigger")).isEqualTo("SCHEDULED");
        // suggestions (a festival ahead) may follow; DaySuggestionsTest covers them
        String channelTasks = "tasks.findAll { !it.taskType.startsWith('manual:') }";
        assertThat(plan.getList(channelTasks + ".status")).containsExactly("DONE", "DONE", "DONE", "DONE", "MANUAL");
        assertThat(plan.getList(channelTasks + ".taskType"))
                .containsExactly("social_post", "social_post", "google_post", "review_reply", "review_reply");

        String facebookText = plan.getString("tasks.find { it.channel == 'FACEBOOK_PAGE' }.detail");
        day.wireMock().verify(1, postRequestedFor(urlEqualTo("/v21.0/" + day.page + "/feed"))
                .withRequestBody(matchingJsonPath("$.message", equalTo(facebookText))));
        day.wireMock().verify(1, postRequestedFor(urlEqualTo("/v21.0/" + day.igUser + "/media"))
                .withRequestBody(matchingJsonPath("$.image_url", equalTo(PHOTOS.get(0)))));
        day.wireMock().verify(1, postRequestedFor(urlEqualTo(day.location() + "/localPosts")));
        String reply = plan.getString("tasks.find { it.taskType == 'review_reply' && it.mode == 'AUTOMATED' }.detail");
        day.wireMock().verify(1, putRequestedFor(urlEqualTo(day.location() + "/reviews/r-asha/reply"))
                .withRequestBody(matchingJsonPath("$.comment", equalTo(reply))));
        day.wireMock().verify(0, putRequestedFor(urlEqualTo(day.location() + "/reviews/r-ravi/reply")));
        day.wireMock().verify(0, putRequestedFor(urlEqualTo(day.location() + "/reviews/r-old/reply")));

        String negative = plan.getString("tasks.find { it.taskType == 'review_reply' && it.mode == 'MANUAL' }.manualTaskId");
        day.owner.as().get("/api/v1/manual-tasks/" + negative).then().statusCode(200)
                .body("guidanceKey", org.hamcrest.Matchers.equalTo("answer-negative-review"))
                .body("trigger", containsString("2-star review by Ravi"))
                .body("guidance.steps.size()", org.hamcrest.Matchers.greaterThan(3));
        day.owner.as().get("/api/v1/ledger?businessId=" + day.business).then().statusCode(200)
                .body("findAll { it.automated && !it.sandbox }.size()", org.hamcrest.Matchers.equalTo(4));

        List<Map<String, Object>> pending = day.dayJobs().stream().filter(j -> "PENDING".equals(j.get("status"))).toList();
        assertThat(pending).as("tomorrow is scheduled").hasSize(1);
        assertThat((String) pending.get(0).get("idempotencyKey"))
                .endsWith(LocalDate.parse(plan.getString("date")).plusDays(1) + ":day");

        runDue();
        assertThat(day.facebookPosts()).as("one post a day").isOne();
    }

    @Test
    void aDayMissedWhileTheServiceWasDownIsCaughtUpOnceOnStart() {
        DayPlanFixture day = new DayPlanFixture();
        day.facebook("LIVE");
        day.facebookAccepts();
        LocalTime at = day.runIn(clock, Duration.ofHours(1), PHOTOS);
        ZoneId zone = ZoneId.of(day.timeZone());
        LocalDate missed = day.dayJobs().stream().filter(j -> "PENDING".equals(j.get("status")))
                .map(j -> Instant.parse((String) j.get("runAt")).atZone(zone).toLocalDate()).findFirst().orElseThrow();

        // the service is down for two days and a bit; then it starts and its scheduler ticks
        clock.advance(Duration.ofHours(51));
        runDue();
        runDue();
        runDue();
        keeper.restoreMissing().await().indefinitely();
        runDue();

        LocalDate caughtUp = clock.instant().atZone(zone).toLocalDate();
        if (DaySlots.at(caughtUp, at, zone).isAfter(clock.instant())) {
            caughtUp = caughtUp.minusDays(1);
        }
        assertThat(day.plan(missed.toString()).getString("status")).isEqualTo("SKIPPED");
        assertThat(day.plan(missed.toString()).getString("note")).contains("caught up");
        JsonPath plan = day.plan(caughtUp.toString());
        assertThat(plan.getString("status")).isEqualTo("DONE");
        assertThat(plan.getString("trigger")).isEqualTo("CATCH_UP");
        assertThat(plan.getInt("runs")).isOne();
        assertThat(day.facebookPosts()).as("the missed days give one post, not one per day").isOne();
        assertThat(day.dayJobs().stream().filter(j -> "PENDING".equals(j.get("status")))).hasSize(1);
    }

    @Test
    void aPlatformThatKeepsFailingHandsThePostToTheOwnerAndRunNowRetriesIt() {
        DayPlanFixture day = new DayPlanFixture();
        day.facebook("LIVE");
        day.facebookAnswers(503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}");
        day.runIn(clock, Duration.ofMinutes(30), PHOTOS);
        clock.advance(Duration.ofMinutes(31));
        runDue();

        JsonPath plan = day.plan();
        assertThat(plan.getString("status")).isEqualTo("FAILED");
        assertThat(plan.getString("tasks[0].status")).isEqualTo("FAILED");
        String text = plan.getString("tasks[0].detail");
        String taskId = plan.getString("tasks[0].manualTaskId");
        day.owner.as().get("/api/v1/manual-tasks/" + taskId).then().statusCode(200)
                .body("guidanceKey", org.hamcrest.Matchers.equalTo("publish-post-manually"))
                .body("reason", containsString(text))
                .body("reason", containsString("Facebook did not accept"))
                .body("guidance.steps.size()", org.hamcrest.Matchers.greaterThan(2));
        int attempts = day.facebookPosts();
        assertThat(attempts).as("the gateway retried").isGreaterThan(1);

        day.facebookAccepts();
        day.owner.as().post("/api/v1/businesses/" + day.business + "/daily-plan/run").then().statusCode(202)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        runDue();
        plan = day.plan();
        assertThat(plan.getString("status")).isEqualTo("DONE");
        assertThat(plan.getString("tasks[0].status")).isEqualTo("DONE");
        assertThat(plan.getInt("tasks[0].attempts")).isEqualTo(2);
        assertThat(plan.getInt("runs")).isEqualTo(2);
        assertThat(day.facebookPosts()).isEqualTo(attempts + 1);
    }

    @Test
    void anExpiredTokenBlocksTheChannelWithReconnectGuidance() {
        DayPlanFixture day = new DayPlanFixture();
        day.facebook("LIVE");
        day.facebookAnswers(401, "{\"error\":{\"message\":\"Error validating access token: Session has expired\","
                + "\"type\":\"OAuthException\",\"code\":190}}");
        day.runIn(clock, Duration.ofMinutes(30), PHOTOS);
        clock.advance(Duration.ofMinutes(31));
        runDue();

        JsonPath plan = day.plan();
        assertThat(plan.getString("tasks[0].status")).isEqualTo("FAILED");
        day.owner.as().get("/api/v1/manual-tasks/" + plan.getString("tasks[0].manualTaskId")).then().statusCode(200)
                .body("guidanceKey", org.hamcrest.Matchers.equalTo("reconnect-facebook-page"));

        // the next day the connection is known to need reconnecting: the post is blocked, not tried again
        clock.advance(Duration.ofDays(1));
        runDue();
        LocalDate tomorrow = LocalDate.parse(plan.getString("date")).plusDays(1);
        JsonPath next = day.plan(tomorrow.toString());
        assertThat(next.getString("tasks[0].status")).isEqualTo("BLOCKED");
        assertThat(day.facebookPosts()).isOne();
        day.owner.as().get("/api/v1/businesses/" + day.business + "/manual-tasks?status=OPEN").then()
                .body("guidanceKey", hasItem("reconnect-facebook-page"));
    }

    @Test
    void sandboxDaysAreShownAsWouldHaveBeenSentAndNeverCountedAsWork() {
        DayPlanFixture day = new DayPlanFixture();
        day.facebook("SANDBOX");
        day.google("SANDBOX");
        day.runIn(clock, Duration.ofMinutes(30), PHOTOS);
        clock.advance(Duration.ofMinutes(31));
        runDue();

        JsonPath plan = day.plan();
        assertThat(plan.getString("status")).isEqualTo("DONE");
        String channelTasks = "tasks.findAll { !it.taskType.startsWith('manual:') }";
        assertThat(plan.getList(channelTasks + ".status")).containsOnly("SIMULATED");
        assertThat(plan.getList(channelTasks + ".taskType")).contains("social_post", "google_post", "review_reply");
        assertThat(day.facebookPosts()).isZero();
        day.owner.as().get("/api/v1/businesses/" + day.business + "/metrics?period=DAY").then().statusCode(200)
                .body("figures.automatedTasks", org.hamcrest.Matchers.equalTo(0))
                .body("figures.minutesSaved", org.hamcrest.Matchers.equalTo(0))
                .body("figures.sandboxTasks", org.hamcrest.Matchers.equalTo(plan.getList(channelTasks).size()));
    }

    @Test
    void instagramWithoutPhotosIsHandedToTheOwnerWithTheCaption() {
        DayPlanFixture day = new DayPlanFixture();
        day.instagram("LIVE");
        day.instagramAccepts();
        day.runIn(clock, Duration.ofMinutes(30), List.of());
        clock.advance(Duration.ofMinutes(31));
        runDue();

        JsonPath plan = day.plan();
        assertThat(plan.getString("tasks[0].status")).isEqualTo("MANUAL");
        day.owner.as().get("/api/v1/manual-tasks/" + plan.getString("tasks[0].manualTaskId")).then()
                .body("guidanceKey", org.hamcrest.Matchers.equalTo("add-instagram-photos"))
                .body("reason", containsString(plan.getString("tasks[0].detail")));
        day.wireMock().verify(0, postRequestedFor(urlEqualTo("/v21.0/" + day.igUser + "/media")));
    }

    @Test
    void theRunTimeIsChosenInPlainWordsAndBadWordsAreRefused() {
        DayPlanFixture day = new DayPlanFixture();
        String settings = "/api/v1/businesses/" + day.business + "/daily-plan/settings";
        day.owner.as().body(Map.of("runAt", "6:30 pm")).put(settings).then().statusCode(200)
                .body("runAt", org.hamcrest.Matchers.equalTo("18:30"))
                .body("runAtSource", org.hamcrest.Matchers.equalTo("OWNER"))
                .body("summary", containsString("6:30 PM"));
        List<Map<String, Object>> pending = day.dayJobs().stream().filter(j -> "PENDING".equals(j.get("status"))).toList();
        assertThat(pending).as("the next run moved, the old one was cancelled").hasSize(1);
        assertThat(Instant.parse((String) pending.get(0).get("runAt")).atZone(ZoneId.of(day.timeZone())).toLocalTime())
                .isEqualTo(LocalTime.of(18, 30));

        day.owner.as().body(Map.of("runAt", "25 pm")).put(settings).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("runAt"));
        day.owner.as().body(Map.of("runAt", "9 am", "photoUrls", List.of("not a url"))).put(settings).then()
                .statusCode(400).body("errors[0].field", containsString("photoUrls"));
        day.owner.as().get(settings).then().body("runAt", org.hamcrest.Matchers.equalTo("18:30"));

        day.owner.as().body(Map.of("paused", true)).put(settings).then().statusCode(200)
                .body("nextRunAt", org.hamcrest.Matchers.nullValue());
        assertThat(day.dayJobs().stream().filter(j -> "PENDING".equals(j.get("status")))).isEmpty();
        day.owner.as().get("/api/v1/businesses/" + day.business + "/daily-plans?from=2026-12-01&to=2026-11-01").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
    }
}
