package com.verticallight.content.bot;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.job.JobRunner;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The weekly job prepares next week by itself, and the daily plan then leaves those posts to the bot. */
@QuarkusTest
class WeeklyContentTest {

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runDue() {
        for (int i = 0; i < 50 && runner.runDue("content-week").await().atMost(Duration.ofSeconds(60)) > 0; i++) {
            // next batch
        }
    }

    private List<Map<String, Object>> weekJobs(BotFixture bot) {
        return bot.owner.as().get("/api/v1/jobs?correlation=content-week:" + bot.business).then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    @Test
    void weeklyContentPreparesNextWeekOnItsOwnAndTheDailyPlanLeavesThoseDaysToTheBot() {
        BotFixture bot = new BotFixture();
        bot.facebook();
        String nextWeek = bot.nextWeek(clock, 1);
        bot.settings(Map.of("weeklyContent", true));

        List<Map<String, Object>> jobs = weekJobs(bot);
        assertThat(jobs).hasSize(1);
        assertThat((String) jobs.get(0).get("idempotencyKey")).endsWith(":" + nextWeek);
        Duration untilDue = Duration.between(clock.instant(), Instant.parse((String) jobs.get(0).get("runAt")));
        clock.advance((untilDue.isNegative() ? Duration.ZERO : untilDue).plusMinutes(1));
        runDue();

        List<Map<String, Object>> posts = bot.owner.as()
                .get("/api/v1/businesses/" + bot.business + "/content/weeks/" + nextWeek + "/posts")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(posts).hasSize(7);
        assertThat(weekJobs(bot).stream().filter(j -> "PENDING".equals(j.get("status")))
                .map(j -> (String) j.get("idempotencyKey")).toList())
                .as("the week after is next").containsExactly("content-week:" + bot.business + ":"
                        + WeekSlots.isoWeek(WeekSlots.monday(nextWeek).plusWeeks(1)));

        String monday = (String) posts.get(0).get("date");
        Instant mondayMorning = java.time.LocalDate.parse(monday).atTime(LocalTime.of(0, 30)).atZone(bot.zone()).toInstant();
        clock.advance(Duration.between(clock.instant(), mondayMorning));
        bot.owner.as().post("/api/v1/businesses/" + bot.business + "/daily-plan/run").then().statusCode(202);
        runDue();

        List<Object> channels = bot.owner.as().get("/api/v1/businesses/" + bot.business + "/daily-plan?date=" + monday)
                .then().statusCode(200).extract().jsonPath().getList("tasks.findAll { it.taskType == 'social_post' }.channel");
        assertThat(channels).as("Facebook's post of the day is the bot's").isEmpty();
    }
}
