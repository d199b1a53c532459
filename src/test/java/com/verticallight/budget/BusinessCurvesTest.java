package com.verticallight.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BusinessCurvesTest {

    /** Search ads: a 40, b $200, at least $100; social ads: a 30, b $100, at most $150 (minor units: cents). */
    private static final Map<String, Object> USD_CURVES = Map.of(
            "curves", List.of(
                    Map.of("activity", "LOCAL_SEARCH_ADS", "goal", "LEADS", "a", 40, "b", 20_000),
                    Map.of("activity", "SOCIAL_ADS", "goal", "LEADS", "a", 30, "b", 10_000)),
            "activities", List.of(
                    mapOf("activity", "LOCAL_SEARCH_ADS", "minMinor", 10_000, "maxMinor", null),
                    Map.of("activity", "SOCIAL_ADS", "minMinor", 0, "maxMinor", 15_000)));

    private static Map<String, Object> mapOf(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String business(Account owner, long budgetMinor, String currency) {
        Map<String, Object> body = new HashMap<>(Accounts.business("Curves test"));
        body.put("category", "gym");
        body.put("monthlyBudget", Map.of("amountMinor", budgetMinor, "currency", currency));
        return owner.as().body(body).post("/api/v1/businesses").then().statusCode(201).extract().path("id");
    }

    private static String path(String businessId, String rest) {
        return "/api/v1/businesses/" + businessId + "/budget/" + rest;
    }

    private static JsonPath plan(Account owner, String businessId) {
        return owner.as().get(path(businessId, "plan")).then().statusCode(200).extract().jsonPath();
    }

    private static long spendOn(JsonPath plan, String activity) {
        return plan.getLong("allocations.find { it.activity == '" + activity + "' }.spend.amountMinor");
    }

    @Test
    void aUsdBusinessGetsAPlanOnceItSetsItsOwnCurves() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 50_000, "USD");

        owner.as().get(path(businessId, "plan")).then().statusCode(409)
                .body("detail", containsString("in USD"))
                .body("detail", containsString("PUT /api/v1/businesses/" + businessId + "/budget/curves"));

        owner.as().body(USD_CURVES).put(path(businessId, "curves")).then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("curves.source", everyItem(equalTo("BUSINESS")))
                .body("activities.find { it.activity == 'LOCAL_SEARCH_ADS' }.maxSpend", nullValue())
                .body("activities.find { it.activity == 'SOCIAL_ADS' }.maxSpend.amountMinor", equalTo(15_000));

        JsonPath plan = plan(owner, businessId);
        // by hand: at the cap of social ads ($150) its marginal 0.003 e^-1.5 = 0.00067 still beats search's
        // 0.002 e^-1.75 = 0.00035 at $350, so social takes its cap and search the rest
        assertThat(spendOn(plan, "SOCIAL_ADS")).isEqualTo(15_000);
        assertThat(spendOn(plan, "LOCAL_SEARCH_ADS")).isEqualTo(35_000);
        assertThat(plan.getList("allocations.activity")).containsExactlyInAnyOrder("LOCAL_SEARCH_ADS", "SOCIAL_ADS");
        assertThat(plan.getLong("step.amountMinor")).isEqualTo(50);
        assertThat(plan.getString("budget.currency")).isEqualTo("USD");
        assertThat(plan.getString("strategy")).isNull();
        double[] best = bruteForce(40, 20_000, 10_000, 30, 10_000, 15_000, 50_000, 50);
        assertThat(new double[] {spendOn(plan, "LOCAL_SEARCH_ADS"), spendOn(plan, "SOCIAL_ADS")})
                .containsExactly(best[0], best[1]);
        assertThat(plan.getDouble("expectedWeightedResults")).isCloseTo(best[2], within(0.01));
    }

    @Test
    void resultsRecordedAfterwardsRefitTheBusinessCurvesAndMoveTheMoney() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 50_000, "USD");
        owner.as().body(USD_CURVES).put(path(businessId, "curves")).then().statusCode(200);

        // social ads brought nothing at $150 in three months
        for (String month : List.of("2025-01", "2025-02", "2025-03")) {
            owner.as().body(Map.of("month", month, "entries", List.of(
                    Map.of("activity", "SOCIAL_ADS", "spendMinor", 15_000, "leads", 0))))
                    .post(path(businessId, "results")).then().statusCode(200);
        }

        JsonPath curves = owner.as().get(path(businessId, "curves")).then().statusCode(200).extract().jsonPath();
        String social = "curves.find { it.activity == 'SOCIAL_ADS' }";
        assertThat(curves.getString(social + ".source")).isEqualTo("BUSINESS_FITTED");
        assertThat(curves.getInt(social + ".observations")).isEqualTo(3);
        assertThat(curves.getDouble(social + ".defaultScaleA")).isEqualTo(30.0);
        // a_fit = 0; (3 x 30 + 3 x 0) / 6 = 15
        assertThat(curves.getDouble(social + ".scaleA")).isCloseTo(15.0, within(1e-9));
        assertThat(curves.getString("curves.find { it.activity == 'LOCAL_SEARCH_ADS' }.source")).isEqualTo("BUSINESS");

        JsonPath plan = plan(owner, businessId);
        // continuous optimum now below the cap: 0.002 e^(-x/20000) = 0.0015 e^(-(50000-x)/10000) gives x = 35,251
        double[] best = bruteForce(40, 20_000, 10_000, 15, 10_000, 15_000, 50_000, 50);
        assertThat(spendOn(plan, "SOCIAL_ADS")).isLessThan(15_000).isEqualTo((long) best[1]);
        assertThat(spendOn(plan, "LOCAL_SEARCH_ADS")).isEqualTo((long) best[0]).isCloseTo(35_251L, within(50L));
    }

    @Test
    void theBusinessCurvesReplaceTheDefaultsUntilRemoved() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 1_000_000, "INR");
        owner.as().body(Map.of("curves", List.of(Map.of("activity", "TOOLS", "goal", "LEADS", "a", 5, "b", 100_000))))
                .put(path(businessId, "curves")).then().statusCode(200)
                .body("curves.activity", equalTo(List.of("TOOLS")))
                .body("activities[0].minSpend.amountMinor", equalTo(0))
                .body("activities[0].source", equalTo("BUSINESS"));

        JsonPath plan = plan(owner, businessId);
        assertThat(plan.getList("allocations.activity")).containsExactly("TOOLS");
        assertThat(spendOn(plan, "TOOLS")).isEqualTo(1_000_000);

        owner.as().body(Map.of("curves", List.of())).put(path(businessId, "curves")).then().statusCode(200)
                .body("curves.source", everyItem(equalTo("DEFAULT")));
        assertThat(plan(owner, businessId).getList("allocations.activity")).hasSize(5);
    }

    @Test
    void deletingTheCurvesOfAUsdBusinessBringsBackThe409() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 50_000, "USD");
        owner.as().body(USD_CURVES).put(path(businessId, "curves")).then().statusCode(200);

        owner.as().delete(path(businessId, "curves")).then().statusCode(204);

        owner.as().get(path(businessId, "plan")).then().statusCode(409).body("detail", containsString("USD"));
        owner.as().get(path(businessId, "curves")).then().statusCode(409);
    }

    @Test
    void curvesAreNeverConvertedWhenTheBudgetChangesCurrency() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 50_000, "USD");
        owner.as().body(USD_CURVES).put(path(businessId, "curves")).then().statusCode(200);
        Map<String, Object> body = new HashMap<>(Accounts.business("Curves test"));
        body.put("category", "gym");
        body.put("monthlyBudget", Map.of("amountMinor", 50_000, "currency", "EUR"));
        owner.as().body(body).put("/api/v1/businesses/" + businessId).then().statusCode(200);

        owner.as().get(path(businessId, "plan")).then().statusCode(409)
                .body("detail", containsString("in EUR"))
                .body("detail", containsString("own curves are in USD"));
    }

    @Test
    void invalidCurvesAreProblemsNamingTheField() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 50_000, "USD");
        Map<String, Object> tools = Map.of("activity", "TOOLS", "goal", "LEADS", "a", 5, "b", 100);

        invalid(owner, businessId, Map.of("curves", List.of(tools, tools, Map.of("activity", "PROMOTIONS", "goal",
                "LEADS", "a", 5, "b", 0))), "curves[2].b");
        invalid(owner, businessId, Map.of("curves", List.of(tools, Map.of("activity", "PROMOTIONS", "goal", "REVIEWS",
                "a", -1, "b", 10))), "curves[1].a");
        invalid(owner, businessId, Map.of("curves", List.of(tools, tools)), "curves[1].goal");
        invalid(owner, businessId, Map.of("curves", List.of(Map.of("activity", "BILLBOARDS", "goal", "LEADS", "a", 5,
                "b", 100))), "curves[0].activity");
        invalid(owner, businessId, Map.of("curves", List.of(tools),
                "activities", List.of(Map.of("activity", "TOOLS", "minMinor", 500, "maxMinor", 100))),
                "activities[0].maxMinor");
        invalid(owner, businessId, Map.of("curves", List.of(tools),
                "activities", List.of(Map.of("activity", "SOCIAL_ADS", "minMinor", 0))), "activities[0].activity");
        owner.as().get(path(businessId, "plan")).then().statusCode(409);
    }

    @Test
    void anotherTenantCannotSeeOrSetTheCurves() {
        Account owner = Accounts.signup("BASIC");
        String businessId = business(owner, 50_000, "USD");
        owner.as().body(USD_CURVES).put(path(businessId, "curves")).then().statusCode(200);
        Account other = Accounts.signup("BASIC");

        other.as().body(USD_CURVES).put(path(businessId, "curves")).then().statusCode(404);
        other.as().delete(path(businessId, "curves")).then().statusCode(404);
        other.as().get(path(businessId, "curves")).then().statusCode(404);
        owner.as().get(path(businessId, "curves")).then().statusCode(200)
                .body("curves.source", everyItem(equalTo("BUSINESS")));
    }

    private static void invalid(Account owner, String businessId, Map<String, Object> body, String field) {
        owner.as().body(body).put(path(businessId, "curves")).then().statusCode(400)
                .contentType(containsString("problem+json"))
                .body("errors.field", org.hamcrest.Matchers.hasItem(field));
    }

    /**
     * Every split of the budget on the step grid between two activities (each 0 or within [min, max]):
     * {best first spend, best second spend, best value}.
     */
    private static double[] bruteForce(double a1, long b1, long min1, double a2, long b2, long max2, long budget,
            long step) {
        double[] best = {0, 0, 0};
        for (long x = 0; x <= budget; x += step) {
            if (x > 0 && x < min1) {
                continue;
            }
            for (long y = 0; x + y <= budget && y <= max2; y += step) {
                double value = a1 * (1 - Math.exp(-(double) x / b1)) + a2 * (1 - Math.exp(-(double) y / b2));
                if (value > best[2] + 1e-12) {
                    best = new double[] {x, y, value};
                }
            }
        }
        return best;
    }
}
