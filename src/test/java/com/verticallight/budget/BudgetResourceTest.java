package com.verticallight.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BudgetResourceTest {

    /** The V17 defaults for LEADS (category '*'): activity -> {a, b, min, max}. */
    private static final Map<String, long[]> LEAD_CURVES = Map.of(
            "ORGANIC_CONTENT", new long[] {12, 300_000, 0, 2_000_000},
            "LOCAL_SEARCH_ADS", new long[] {40, 800_000, 150_000, 5_000_000},
            "SOCIAL_ADS", new long[] {30, 600_000, 100_000, 4_000_000},
            "TOOLS", new long[] {6, 150_000, 50_000, 500_000},
            "PROMOTIONS", new long[] {10, 500_000, 100_000, 3_000_000});

    private static String business(Account owner, String category, long budgetMinor) {
        Map<String, Object> body = new HashMap<>(Accounts.business("Budget test " + category));
        body.put("category", category);
        body.put("monthlyBudget", Map.of("amountMinor", budgetMinor, "currency", "INR"));
        return owner.as().body(body).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
    }

    private static JsonPath plan(Account owner, String businessId) {
        return owner.as().get("/api/v1/businesses/" + businessId + "/budget/plan").then().statusCode(200)
                .extract().jsonPath();
    }

    private static long spendOn(JsonPath plan, String activity) {
        return plan.getLong("allocations.find { it.activity == '" + activity + "' }.spend.amountMinor");
    }

    @Test
    void planStaysWithinBudgetAndBoundsAndIsAtLeastAsGoodAsEveryCoarseSplit() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, "gym", 1_000_000);

        JsonPath plan = plan(owner, businessId);

        List<Map<String, Object>> allocations = plan.getList("allocations");
        long total = 0;
        double leads = 0;
        for (Map<String, Object> a : allocations) {
            long spend = ((Number) ((Map<?, ?>) a.get("spend")).get("amountMinor")).longValue();
            long[] curve = LEAD_CURVES.get((String) a.get("activity"));
            assertThat(spend == 0 || spend >= curve[2] && spend <= curve[3]).as("bounds of %s", a.get("activity")).isTrue();
            total += spend;
            leads += curve[0] * (1 - Math.exp(-(double) spend / curve[1]));
        }
        assertThat(total).isEqualTo(plan.getLong("allocated.amountMinor")).isLessThanOrEqualTo(1_000_000);
        assertThat(plan.getDouble("expectedWeightedResults")).isCloseTo(leads, within(0.01));
        // every split on a Rs 1,000 grid (a subset of the plan's Rs 100 grid) is no better
        assertThat(leads).isGreaterThanOrEqualTo(bestOnCoarseGrid(1_000_000, 100_000) - 1e-6);
        String expectedLabel = total < 500_000 ? "bootstrap" : total <= 1_500_000 ? "growth" : "scale";
        assertThat(plan.getString("strategy")).isEqualTo(expectedLabel);
        assertThat(plan.getLong("step.amountMinor")).isEqualTo(10_000);
        assertThat(plan.getList("freeActions.goal")).containsOnly("LEADS");
        assertThat(plan.getList("paidRecommendations.activity")).isNotEmpty();

        // read in Hindi: the plan's words are Hindi, its amounts ₹ as CLDR writes them, never "INR 2,700" or "Rs 50"
        JsonPath hindi = owner.as().header("Accept-Language", "hi")
                .get("/api/v1/businesses/" + businessId + "/budget/plan").then().statusCode(200).extract().jsonPath();
        assertThat(hindi.getList("paidRecommendations.text", String.class)).allSatisfy(text -> assertThat(text)
                .contains("हर महीने").containsPattern("₹[0-9,]+ \\(लगभग ₹[0-9,]+ रोज़\\)")
                .doesNotContain("INR").doesNotContain("Rs").doesNotContain(" a month"));
        assertThat(hindi.getList("freeActions.title", String.class))
                .contains("WhatsApp पर आई पूछताछ का कुछ ही मिनटों में जवाब दें");
        assertThat(hindi.getString("strategyFocus")).doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void aZeroBudgetGetsOnlyFreeActionsAndTheBootstrapLabel() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, "salon", 0);

        owner.as().get("/api/v1/businesses/" + businessId + "/budget/plan").then().statusCode(200)
                .body("strategy", equalTo("bootstrap"))
                .body("allocations.spend.amountMinor", everyItem(equalTo(0)))
                .body("paidRecommendations", org.hamcrest.Matchers.empty())
                .body("freeActions.key", hasItem("whatsapp-replies"));
    }

    @Test
    void recordedResultsRefitTheCurveAndMoveTheMoney() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, "gym", 1_000_000);
        JsonPath before = plan(owner, businessId);
        owner.as().get("/api/v1/businesses/" + businessId + "/budget/curves").then().statusCode(200)
                .body("curves.find { it.activity == 'LOCAL_SEARCH_ADS' && it.goal == 'LEADS' }.source", equalTo("DEFAULT"));

        // search ads brought 60 leads in each of two months at Rs 8,000; social ads brought 1 at Rs 6,000
        for (String month : List.of("2025-01", "2025-02")) {
            owner.as().body(Map.of("month", month, "entries", List.of(
                    Map.of("activity", "LOCAL_SEARCH_ADS", "spendMinor", 800_000, "leads", 60),
                    Map.of("activity", "SOCIAL_ADS", "spendMinor", 600_000, "leads", 1))))
                    .post("/api/v1/businesses/" + businessId + "/budget/results").then().statusCode(200);
        }

        JsonPath curves = owner.as().get("/api/v1/businesses/" + businessId + "/budget/curves").then().statusCode(200)
                .extract().jsonPath();
        String search = "curves.find { it.activity == 'LOCAL_SEARCH_ADS' && it.goal == 'LEADS' }";
        assertThat(curves.getString(search + ".source")).isEqualTo("FITTED");
        assertThat(curves.getInt(search + ".observations")).isEqualTo(2);
        // a_fit = 60 / (1 - e^-1) = 94.918; (3 x 40 + 2 x 94.918) / 5 = 61.967
        assertThat(curves.getDouble(search + ".scaleA")).isCloseTo(61.967, within(0.001));
        // social: a_fit = 1 / (1 - e^-1) = 1.582; (3 x 30 + 2 x 1.582) / 5 = 18.633
        assertThat(curves.getDouble("curves.find { it.activity == 'SOCIAL_ADS' && it.goal == 'LEADS' }.scaleA"))
                .isCloseTo(18.633, within(0.001));
        JsonPath after = plan(owner, businessId);
        assertThat(spendOn(after, "LOCAL_SEARCH_ADS")).isGreaterThan(spendOn(before, "LOCAL_SEARCH_ADS"));
        assertThat(spendOn(after, "SOCIAL_ADS")).isLessThan(spendOn(before, "SOCIAL_ADS"));
    }

    @Test
    void goalsAreStoredAndSteerThePlan() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, "salon", 300_000);

        owner.as().body(Map.of("goals", List.of(Map.of("goal", "REVIEWS", "monthlyTarget", 20))))
                .put("/api/v1/businesses/" + businessId + "/budget/goals").then().statusCode(200)
                .body("goal", contains("REVIEWS")).body("[0].weight", equalTo(1.0f));

        JsonPath plan = plan(owner, businessId);
        assertThat(plan.getList("freeActions.goal")).containsOnly("REVIEWS");
        assertThat(plan.getInt("goals[0].monthlyTarget")).isEqualTo(20);
        // for reviews a salon's tools curve (a = 10, b = Rs 1,500) is the steepest: it gets money first
        assertThat(spendOn(plan, "TOOLS")).isPositive();
    }

    @Test
    void theTaskPrioritiserBeatsTakingTasksByImpactPerRupee() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, "salon", 500_000);

        owner.as().body(Map.of("moneyLimitMinor", 10_000, "minutesLimit", 120, "candidates", List.of(
                Map.of("key", "flyers", "costMinor", 6_000, "minutes", 30, "impact", 70),
                Map.of("key", "boost-post", "costMinor", 5_000, "minutes", 30, "impact", 50),
                Map.of("key", "review-cards", "costMinor", 5_000, "minutes", 30, "impact", 50))))
                .post("/api/v1/businesses/" + businessId + "/budget/prioritise").then().statusCode(200)
                .body("chosen.key", contains("boost-post", "review-cards"))
                .body("leftOut", contains("flyers"))
                .body("totalImpact", equalTo(100.0f))
                .body("totalCost.amountMinor", equalTo(10_000))
                .body("totalMinutes", equalTo(60))
                .body("greedyByRatioImpact", equalTo(70.0f));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, "salon", 500_000);

        owner.as().body(Map.of("month", "2025-13", "entries", List.of(Map.of("activity", "TOOLS", "spendMinor", 1))))
                .post("/api/v1/businesses/" + businessId + "/budget/results").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        owner.as().body(Map.of("month", "2999-01", "entries", List.of(Map.of("activity", "TOOLS", "spendMinor", 1))))
                .post("/api/v1/businesses/" + businessId + "/budget/results").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        owner.as().body(Map.of("goals", List.of(Map.of("goal", "LEADS"), Map.of("goal", "LEADS"))))
                .put("/api/v1/businesses/" + businessId + "/budget/goals").then().statusCode(400)
                .body("errors[0].field", equalTo("goals[1].goal"));
        owner.as().body(Map.of("minutesLimit", 60, "candidates", List.of(
                Map.of("key", "a", "costMinor", -1, "minutes", 1, "impact", 1))))
                .post("/api/v1/businesses/" + businessId + "/budget/prioritise").then().statusCode(400);
    }

    /** Brute force over every split of the budget on a grid of the given step, for the LEADS curves. */
    private static double bestOnCoarseGrid(long budget, long step) {
        List<long[]> curves = List.copyOf(LEAD_CURVES.values());
        return search(curves, 0, budget, step);
    }

    private static double search(List<long[]> curves, int i, long left, long step) {
        if (i == curves.size()) {
            return 0;
        }
        long[] c = curves.get(i);
        double best = search(curves, i + 1, left, step);
        for (long x = step; x <= left; x += step) {
            if (x >= c[2] && x <= c[3]) {
                best = Math.max(best, c[0] * (1 - Math.exp(-(double) x / c[1])) + search(curves, i + 1, left - x, step));
            }
        }
        return best;
    }
}
