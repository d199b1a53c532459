package com.verticallight.intelligence.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Last month's recorded spend against the monthly budget of Rs 20,000 (2,000,000 paise), tolerance 20%. */
@QuarkusTest
class BudgetUseInsightTest {

    private static final String LAST_MONTH = YearMonth.now(Clock.system(ZoneId.of("Asia/Kolkata"))).minusMonths(1)
            .toString();

    private Account owner;
    private String businessId;

    private void business() {
        owner = Accounts.signup("PREMIUM");
        Map<String, Object> body = new HashMap<>(Accounts.business("Budget salon"));
        body.put("monthlyBudget", Map.of("amountMinor", 2_000_000, "currency", "INR"));
        businessId = owner.as().body(body).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
    }

    private void record(String month, List<Map<String, Object>> entries) {
        owner.as().body(Map.of("month", month, "entries", entries))
                .post("/api/v1/businesses/" + businessId + "/budget/results").then().statusCode(200);
    }

    /** The budget_use insights after a refresh, as {"found": [...]}. */
    private JsonPath budgetInsights() {
        List<Object> found = owner.as().post("/api/v1/businesses/" + businessId + "/insights/refresh").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.type == 'budget_use' }");
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("found", found))
                .toString());
    }

    @Test
    void underspendingLastMonthIsReportedWithTheFigures() {
        business();
        record(LAST_MONTH, List.of(Map.of("activity", "ORGANIC_CONTENT", "spendMinor", 500_000),
                Map.of("activity", "SOCIAL_ADS", "spendMinor", 700_000, "leads", 9)));

        JsonPath found = budgetInsights();

        // 500,000 + 700,000 = 1,200,000 spent of 2,000,000: 60.0%, 800,000 short; below 80% -> underspent
        assertThat(found.getList("found.subject")).containsExactly(LAST_MONTH);
        assertThat(found.getString("found[0].title")).isEqualTo("Only 60% of last month's budget was spent");
        assertThat(found.getString("found[0].priority")).isEqualTo("MEDIUM");
        assertThat(found.getLong("found[0].evidence.monthlyBudgetMinor")).isEqualTo(2_000_000L);
        assertThat(found.getLong("found[0].evidence.spentMinor")).isEqualTo(1_200_000L);
        assertThat(found.getLong("found[0].evidence.differenceMinor")).isEqualTo(-800_000L);
        assertThat(found.getDouble("found[0].evidence.usedPercent")).isEqualTo(60.0);
        assertThat(found.getDouble("found[0].evidence.tolerancePercent")).isEqualTo(20.0);
        assertThat(found.getMap("found[0].evidence.spendByActivityMinor"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ORGANIC_CONTENT", 500_000, "SOCIAL_ADS", 700_000));
    }

    @Test
    void overspendingIsReportedAsHighPriority() {
        business();
        record(LAST_MONTH, List.of(Map.of("activity", "LOCAL_SEARCH_ADS", "spendMinor", 1_900_000),
                Map.of("activity", "PROMOTIONS", "spendMinor", 700_000)));

        JsonPath found = budgetInsights();

        // 2,600,000 of 2,000,000 = 130.0%, 600,000 over; above 120% -> overspent
        assertThat(found.getString("found[0].title")).isEqualTo("Last month's spend was 130% of the budget");
        assertThat(found.getString("found[0].priority")).isEqualTo("HIGH");
        assertThat(found.getLong("found[0].evidence.differenceMinor")).isEqualTo(600_000L);
    }

    @Test
    void spendWithinTheToleranceOrOnlyInTheCurrentMonthSaysNothing() {
        business();
        // 1,700,000 of 2,000,000 = 85%: within 80%..120%
        record(LAST_MONTH, List.of(Map.of("activity", "SOCIAL_ADS", "spendMinor", 1_700_000)));
        assertThat(budgetInsights().getList("found.subject")).isEmpty();

        business();
        // the current month is not over yet: 10% spent so far is no finding
        record(YearMonth.parse(LAST_MONTH).plusMonths(1).toString(),
                List.of(Map.of("activity", "SOCIAL_ADS", "spendMinor", 200_000)));
        assertThat(budgetInsights().getList("found.subject")).isEmpty();
    }

    @Test
    void correctingTheRecordedSpendRemovesTheNewInsight() {
        business();
        record(LAST_MONTH, List.of(Map.of("activity", "SOCIAL_ADS", "spendMinor", 1_000_000)));
        assertThat(budgetInsights().getList("found.subject")).containsExactly(LAST_MONTH);

        record(LAST_MONTH, List.of(Map.of("activity", "SOCIAL_ADS", "spendMinor", 2_100_000)));
        assertThat(budgetInsights().getList("found.subject")).isEmpty();
    }
}
