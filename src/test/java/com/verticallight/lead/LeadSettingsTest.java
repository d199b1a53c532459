package com.verticallight.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.verticallight.job.JobRunner;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeadSettingsTest {

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDefaultsAreDataAndTheOwnersRulesClassifyNewLeads() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String rules = "/api/v1/businesses/" + f.businessId() + "/lead-rules";
        f.owner().as().get(rules).then().statusCode(200).body("defaults", equalTo(true))
                .body("rules.label", hasItem("booking"));

        f.owner().as().body(Map.of("rules", List.of(Map.of("label", "wedding", "keywords", List.of("wedding", "शादी"),
                "priority", "HIGH", "reason", "Weddings are the biggest orders"),
                Map.of("label", "big_spender", "minValueMinor", 1_000_000, "priority", "HIGH", "reason", "Rs 10,000 or more"))))
                .put(rules).then().statusCode(200).body("defaults", equalTo(false)).body("rules", hasSize(2));

        f.newLead(Map.of("phone", LeadFixture.phone(), "message", "Makeup for my WEDDING")).statusCode(201)
                .body("priority", equalTo("HIGH")).body("labels", equalTo(List.of("wedding")))
                .body("matchedRules[0].reason", equalTo("Weddings are the biggest orders"));
        f.newLead(Map.of("phone", LeadFixture.phone(), "message", "A haircut", "valueMinor", 1_500_000)).statusCode(201)
                .body("labels", equalTo(List.of("big_spender")));
        f.newLead(Map.of("phone", LeadFixture.phone(), "message", "Can I book today?")).statusCode(201)
                .body("priority", equalTo("MEDIUM")).body("labels", hasSize(0))
                .body("matchedRules[0].label", equalTo("default"));
    }

    @Test
    void badRulesAndStepsAre400sNamingTheField() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        f.owner().as().body(Map.of("rules", List.of(Map.of("label", "night", "fromHour", 22, "priority", "LOW",
                "reason", "Late")))).put("/api/v1/businesses/" + f.businessId() + "/lead-rules").then()
                .statusCode(400).body("errors[0].field", equalTo("rules[0].toHour"));
        f.owner().as().body(Map.of("steps", List.of(Map.of("delayHours", 0, "templateName", "x"))))
                .put("/api/v1/businesses/" + f.businessId() + "/lead-follow-ups").then().statusCode(400);
        f.owner().as().body(Map.of("steps", List.of(Map.of("delayHours", 2, "templateName", "x", "channel", "SLACK"))))
                .put("/api/v1/businesses/" + f.businessId() + "/lead-follow-ups").then().statusCode(400)
                .body("errors[0].field", equalTo("steps[0].channel"));
    }

    @Test
    void anEditedSequenceIsFollowedByNewLeads() {
        LeadFixture f = LeadFixture.liveWhatsApp(clock);
        String path = "/api/v1/businesses/" + f.businessId() + "/lead-follow-ups";
        f.owner().as().get(path).then().statusCode(200).body("defaults", equalTo(true))
                .body("steps.delayHours", equalTo(List.of(24, 72)));
        f.owner().as().body(Map.of("steps", List.of(Map.of("delayHours", 2, "templateName", "quick_check"))))
                .put(path).then().statusCode(200).body("steps", hasSize(1));

        String phone = LeadFixture.phone();
        f.newLead(Map.of("phone", phone, "message", "hello")).statusCode(201).body("pendingFollowUps", hasSize(1));
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        runner.runDue("lead-settings-test").await().atMost(Duration.ofSeconds(30));

        WireMockPlatforms.server().verify(1, f.template(phone, "quick_check"));
        assertThat(f.messagesSent()).isEqualTo(2);
    }
}
