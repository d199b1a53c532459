package com.verticallight.execution.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.job.JobRunner;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The day's post is checked against the business's facts like the content bot's: a post that mentions an offer
 * the business has not set is handed to the owner, not published.
 */
@QuarkusTest
class DayPostFactCheckTest {

    private static final List<String> PHOTOS = List.of("https://cdn.example.in/glow/1.jpg");

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The business's only content theme, so the day's post is about it whatever the date: the business is in a
     * country the festival calendar has no entries for, so no festival post takes the day's place.
     */
    private static void onlyTheme(DayPlanFixture day, String theme) {
        day.owner.as().body(Map.of("name", "Glow Test Salon", "category", "salon", "city", "Colombo", "country", "LK",
                        "latitude", 6.9271, "longitude", 79.8612))
                .put("/api/v1/businesses/" + day.business).then().statusCode(200);
        day.owner.as().body(Map.of("automationPriorities", List.of(), "contentThemes", List.of(theme),
                        "postingWindows", List.of()))
                .put("/api/v1/businesses/" + day.business + "/category-config").then().statusCode(200);
    }

    private JsonPath runDay(DayPlanFixture day) {
        day.facebook("LIVE");
        day.facebookAccepts();
        day.runIn(clock, Duration.ofMinutes(30), PHOTOS);
        clock.advance(Duration.ofMinutes(31));
        runner.runDue("instance-a").await().atMost(Duration.ofSeconds(60));
        return day.plan();
    }

    @Test
    void aDayPostMentioningAnOfferTheBusinessHasNotSetIsHandedToTheOwnerNotPosted() {
        DayPlanFixture day = new DayPlanFixture();
        onlyTheme(day, "offers");
        JsonPath plan = runDay(day);

        String post = "tasks.find { it.channel == 'FACEBOOK_PAGE' }";
        String text = plan.getString(post + ".detail");
        assertThat(text).contains("our current offers");
        assertThat(plan.getString(post + ".status")).isEqualTo("MANUAL");
        assertThat(day.facebookPosts()).as("nothing was posted").isZero();
        day.owner.as().get("/api/v1/manual-tasks/" + plan.getString(post + ".manualTaskId")).then().statusCode(200)
                .body("guidanceKey", equalTo("check-post-claims"))
                .body("priority", equalTo("MEDIUM"))
                .body("reason", containsString("mentions an offer the business has not set"))
                .body("reason", containsString("our current offers"))
                .body("reason", containsString(text))
                .body("reference", equalTo("post-claims:facebook_page:" + plan.getString("date")))
                .body("guidance.steps.size()", org.hamcrest.Matchers.greaterThan(2));
    }

    @Test
    void aDayPostWithNoClaimIsStillPostedAutomatically() {
        DayPlanFixture day = new DayPlanFixture();
        onlyTheme(day, "styling_tips");
        JsonPath plan = runDay(day);

        String post = "tasks.find { it.channel == 'FACEBOOK_PAGE' }";
        assertThat(plan.getString(post + ".detail")).contains("styling tips");
        assertThat(plan.getString(post + ".status")).isEqualTo("DONE");
        assertThat(plan.getString(post + ".mode")).isEqualTo("AUTOMATED");
        assertThat(day.facebookPosts()).isOne();
    }
}
