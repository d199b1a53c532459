package com.verticallight.execution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work that can never be automated is suggested from the business's data, once, naming that data. */
@QuarkusTest
class DaySuggestionsTest {

    @Inject
    JobRunner runner;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void festivalsAheadAndRecordedRevenueBecomeSuggestionsOnce() {
        DayPlanFixture day = new DayPlanFixture();
        Map<String, Object> profile = new HashMap<>(Accounts.business("Glow Test Salon"));
        profile.put("performance", Map.of("monthlyRevenueMinor", 35000000L, "customerCount", 420));
        day.owner.as().body(profile).put("/api/v1/businesses/" + day.business).then().statusCode(200);
        day.runIn(clock, Duration.ofMinutes(30), List.of());
        clock.advance(Duration.ofMinutes(31));
        runner.runDue("a").await().atMost(Duration.ofSeconds(60));

        JsonPath plan = day.plan();
        LocalDate date = LocalDate.parse(plan.getString("date"));
        List<Map<String, Object>> festivals = day.owner.as().get("/api/v1/festivals?country=IN&from="
                + date.plusDays(SuggestionContributor.EVENT_FROM_DAYS) + "&to=" + date.plusDays(SuggestionContributor.EVENT_TO_DAYS))
                .then().statusCode(200).extract().jsonPath().getList("");
        List<Map<String, Object>> manual = plan.getList("tasks.findAll { it.mode == 'MANUAL' }");
        assertThat(manual).extracting(t -> t.get("taskType")).contains("manual:supplier-negotiation");
        assertThat(manual.stream().filter(t -> "manual:supplier-negotiation".equals(t.get("taskType"))).findFirst()
                .orElseThrow().get("trigger").toString()).contains("₹3,50,000"); // CLDR en-IN, not "INR 350000"

        // read in Hindi: the same tasks in Hindi, the amount ₹ with Indian grouping; the manual task list too
        JsonPath hindi = day.owner.as().header("Accept-Language", "hi")
                .get("/api/v1/businesses/" + day.business + "/daily-plan").then().statusCode(200).extract().jsonPath();
        Map<String, Object> supplier = hindi.getMap("tasks.find { it.taskType == 'manual:supplier-negotiation' }");
        assertThat(supplier.get("title")).isEqualTo("अपने सप्लायर की शर्तें दोबारा देखें");
        assertThat(supplier.get("detail").toString()).startsWith("नियमित खरीद पर");
        assertThat(supplier.get("detailLanguage")).isNull();
        assertThat(supplier.get("trigger").toString()).contains("₹3,50,000").containsAnyOf("जनवरी से जून", "जुलाई से दिसंबर")
                .doesNotContain("INR").doesNotContain("-H2");
        day.owner.as().header("Accept-Language", "hi").get("/api/v1/businesses/" + day.business + "/manual-tasks")
                .then().statusCode(200)
                .body("find { it.guidanceKey == 'supplier-negotiation' }.title",
                        org.hamcrest.Matchers.equalTo("अपने सप्लायर की शर्तें दोबारा देखें"))
                .body("find { it.guidanceKey == 'supplier-negotiation' }.reason",
                        org.hamcrest.Matchers.containsString("₹3,50,000"));
        if (festivals.isEmpty()) {
            assertThat(manual).extracting(t -> t.get("taskType")).doesNotContain("manual:local-community-event");
        } else {
            Map<String, Object> event = manual.stream()
                    .filter(t -> "manual:local-community-event".equals(t.get("taskType"))).findFirst().orElseThrow();
            assertThat(event.get("trigger").toString()).contains((String) festivals.get(0).get("name"))
                    .contains(com.verticallight.i18n.Formats.day(LocalDate.parse((String) festivals.get(0).get("date")),
                            java.util.Locale.ENGLISH)); // a date as people write it, not 2026-12-31
            day.owner.as().get("/api/v1/manual-tasks/" + event.get("manualTaskId")).then().statusCode(200)
                    .body("guidanceKey", org.hamcrest.Matchers.equalTo("local-community-event"));
        }

        // the next day the same data suggests nothing new
        clock.advance(Duration.ofDays(1));
        runner.runDue("a").await().atMost(Duration.ofSeconds(60));
        JsonPath next = day.plan(date.plusDays(1).toString());
        assertThat(next.getString("status")).isEqualTo("DONE");
        assertThat(next.getList("tasks.taskType")).doesNotContain("manual:supplier-negotiation");
        day.owner.as().get("/api/v1/businesses/" + day.business + "/manual-tasks").then()
                .body("findAll { it.guidanceKey == 'supplier-negotiation' }.size()", org.hamcrest.Matchers.equalTo(1));
    }
}
