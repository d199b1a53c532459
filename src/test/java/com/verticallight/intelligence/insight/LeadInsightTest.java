package com.verticallight.intelligence.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Leads that got no reply, and leads that never answer the follow-ups, become insights with their figures. */
@QuarkusTest
class LeadInsightTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonPath refresh(Account owner, String businessId) {
        return owner.as().post("/api/v1/businesses/" + businessId + "/insights/refresh").then().statusCode(200)
                .extract().jsonPath();
    }

    private static void leads(Account owner, String businessId, int count) {
        for (int i = 0; i < count; i++) {
            owner.as().body(Map.of("phone", String.format("+9198300%05d", Math.abs(UUID.randomUUID().hashCode()) % 100000),
                    "name", "Lead " + i, "message", "Price for a haircut?"))
                    .post("/api/v1/businesses/" + businessId + "/leads").then().statusCode(201);
        }
    }

    @Test
    void leadsWithoutAReplyAndLowEngagementAreReportedWithTheirFigures() {
        Account owner = Accounts.signup("PREMIUM");
        // no WhatsApp, SMS or email connection: nothing can answer these leads
        String businessId = Accounts.createBusiness(owner, "Lead insight salon");
        leads(owner, businessId, 5);

        JsonPath fresh = refresh(owner, businessId);
        assertThat(fresh.getList("type")).as("not yet an hour old, the sequence not over")
                .doesNotContain("unanswered_leads", "low_lead_engagement");

        clock.advance(Duration.ofHours(73));
        JsonPath later = refresh(owner, businessId);
        assertThat(later.getInt("find { it.type == 'unanswered_leads' }.evidence.leadsWithoutReply")).isEqualTo(5);
        assertThat(later.getString("find { it.type == 'unanswered_leads' }.priority")).isEqualTo("HIGH");
        Map<String, Object> engagement = later.getMap("find { it.type == 'low_lead_engagement' }.evidence");
        assertThat(engagement).containsEntry("leads", 5).containsEntry("engaged", 0).containsEntry("thresholdPercent", 25);
        assertThat(engagement.get("engagedPercent").toString()).isEqualTo("0.0");
    }

    @Test
    void fewerThanFiveLeadsSayNothingAboutEngagement() {
        Account owner = Accounts.signup("PREMIUM");
        String businessId = Accounts.createBusiness(owner, "Small lead salon");
        leads(owner, businessId, 4);
        clock.advance(Duration.ofHours(73));
        JsonPath later = refresh(owner, businessId);
        assertThat(later.getList("type")).doesNotContain("low_lead_engagement").contains("unanswered_leads");
    }
}
