package com.verticallight.analytics;

import static com.verticallight.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.analytics.churn.Visit;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The analytics hub through its API, on data of known structure written straight into the tenant's tables. */
@QuarkusTest
class AnalyticsApiTest {

    @Inject
    Sql sql;

    @Inject
    JobRunner jobs;

    @Inject
    TestClock clock;

    @Inject
    com.verticallight.analytics.model.Repositories.Models models;

    @Inject
    com.verticallight.analytics.model.Repositories.Versions versions;

    @Inject
    DataChecks checks;

    @Inject
    ModelService modelService;

    @Inject
    DeployedModels deployedModels;

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tooLittleDataAnswers409SayingWhatIsMissing() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Quiet salon");
        seedRevenue(owner, business, SyntheticData.revenue(LocalDate.now(ZoneOffset.UTC).minusDays(20), 20, 0, 100, 1));
        String forecast = model(owner, "revenue", "FORECAST", "REVENUE", business);
        owner.as().post("/api/v1/analytics/models/" + forecast + "/train").then().statusCode(409)
                .body("title", equalTo("Not enough data yet"))
                .body("detail", containsString("needs 42 days of history"))
                .body("detail", containsString("there are 20"));
        String churn = model(owner, "churn", "CLASSIFICATION", "CHURN", business);
        owner.as().post("/api/v1/analytics/models/" + churn + "/train").then().statusCode(409)
                .body("detail", containsString("A churn model needs at least 20 customers"));
        owner.as().body(Map.of("businessId", business)).post("/api/v1/analytics/anomalies/detect").then()
                .statusCode(409).body("detail", containsString("needs 63 days of history"));
        owner.as().post("/api/v1/analytics/models/" + forecast + "/predict").then().statusCode(400);
        owner.as().body(Map.of("inputs", Map.of())).post("/api/v1/analytics/models/" + forecast + "/predict").then()
                .statusCode(409).body("detail", containsString("deploy a trained version first"));
    }

    @Test
    void aForecastTrainedAsAJobBeatsSeasonalNaiveIsDeployedPredictsAndServesAWorkflowStep() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Growing salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        seedRevenue(owner, business, SyntheticData.revenue(today.minusDays(150), 150, 10, 300, 21));
        String id = model(owner, "revenue", "FORECAST", "REVENUE", business);

        JsonPath queued = owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202)
                .extract().jsonPath();
        assertThat(queued.getString("status")).isEqualTo("QUEUED");
        JsonPath version = awaitVersion(owner, id, 1);
        assertThat(version.getString("status")).isEqualTo("TRAINED");
        assertThat(version.getInt("rowCount")).isEqualTo(150);
        assertThat(awaitNotification(owner, "revenue: version 1 trained")
                .getString("items.find { it.title == 'revenue: version 1 trained' }.category")).isEqualTo("MODEL");
        double mae = version.getDouble("metrics.mae");
        double naive = version.getDouble("metrics.baseline.mae");
        assertThat(mae).as("Holt-Winters MAE against seasonal naive on the 14-day holdout").isLessThan(naive);
        assertThat(version.getString("metrics.holdoutTo")).isEqualTo(today.minusDays(1).toString());

        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then()
                .statusCode(200).body("status", equalTo("DEPLOYED")).body("deployedVersion", equalTo(1));
        JsonPath prediction = owner.as().body(Map.of("inputs", Map.of("date", today.plusDays(3).toString())))
                .post("/api/v1/analytics/models/" + id + "/predict").then().statusCode(200).extract().jsonPath();
        double value = prediction.getDouble("value");
        assertThat(value).isBetween(prediction.getDouble("details.lower95"), prediction.getDouble("details.upper95"));
        assertThat(value / 100).as("rupees, near the trend line").isBetween(9_000.0, 16_000.0);
        owner.as().body(Map.of("inputs", Map.of("date", today.minusDays(3).toString())))
                .post("/api/v1/analytics/models/" + id + "/predict").then().statusCode(400)
                .body("errors[0].field", equalTo("inputs.date"));
        owner.as().body(Map.of("actual", value * 1.1)).post("/api/v1/analytics/predictions/"
                + prediction.getString("id") + "/feedback").then().statusCode(200);
        owner.as().get("/api/v1/analytics/models/" + id + "/performance").then().statusCode(200)
                .body("live.withFeedback", equalTo(1));
        JsonPath forecast = owner.as().get("/api/v1/analytics/models/" + id + "/forecast?days=30").then()
                .statusCode(200).extract().jsonPath();
        assertThat(forecast.getList("actuals")).hasSize(28);
        assertThat(forecast.getList("forecast")).hasSize(30);

        // a prediction reaching the model's threshold is stored with its event for workflows, in one commit
        sql.query("update analytics_model set prediction_threshold = 0 where id = $1", UUID.fromString(id));
        String crossing = owner.as().body(Map.of("inputs", Map.of())).post("/api/v1/analytics/models/" + id
                + "/predict").then().statusCode(200).extract().path("id");
        assertThat(sql.count("select count(*) from analytics_prediction where id = $1 and tenant_id = $2",
                UUID.fromString(crossing), owner.tenantId())).isOne();
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'analytics.prediction_threshold'"
                + " and payload like $2", owner.tenantId(), "%" + crossing + "%")).isOne();
        sql.query("update analytics_model set prediction_threshold = null where id = $1", UUID.fromString(id));
        owner.as().get("/api/v1/analytics/kinds").then().statusCode(200)
                .body("find { it.kind == 'CLASSIFICATION' }.targets", equalTo(List.of("CHURN")));

        // the workflow step predicts with the deployed model, named by its name
        String workflow = owner.as().body(Map.of("name", "Predict revenue", "trigger", Map.of("type", "manual"),
                "steps", List.of(Map.of("id", "p", "type", "aiPrediction", "settings", Map.of("modelId", "revenue",
                        "inputs", Map.of("date", today.plusDays(2).toString()))))))
                .post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + workflow + "/publish").then().statusCode(200);
        String execution = owner.as().body(Map.of()).post("/api/v1/workflows/" + workflow + "/run").then()
                .statusCode(202).extract().path("executionId");
        eventually(() -> "SUCCEEDED".equals(owner.as().get("/api/v1/workflow-executions/" + execution).then()
                .extract().path("status")), "the workflow to predict");
        Float predicted = owner.as().get("/api/v1/workflow-executions/" + execution).then().extract()
                .path("output.p.prediction");
        assertThat(predicted.doubleValue()).isGreaterThan(0);

        // tenant B can neither see A's model nor name it in a workflow
        Account other = Accounts.signup("PREMIUM");
        other.as().get("/api/v1/analytics/models/" + id).then().statusCode(404);
        other.as().body(Map.of("inputs", Map.of())).post("/api/v1/analytics/models/" + id + "/predict").then()
                .statusCode(404);
        other.as().get("/api/v1/analytics/predictions").then().statusCode(200).body("size()", equalTo(0));
        other.as().body(Map.of("name", "Steal", "trigger", Map.of("type", "manual"), "steps", List.of(Map.of(
                "id", "p", "type", "aiPrediction", "settings", Map.of("modelId", id))))).post("/api/v1/workflows")
                .then().statusCode(400).body("errors[0].field", equalTo("steps[p].settings.modelId"));
    }

    @Test
    void aQueuedTrainingCanBeCancelledAndItsJobThenTrainsNothing() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Cancelling salon");
        seedRevenue(owner, business, SyntheticData.revenue(LocalDate.now(ZoneOffset.UTC).minusDays(60), 60, 0, 300, 8));
        String id = model(owner, "revenue", "FORECAST", "REVENUE", business);
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        owner.as().get("/api/v1/analytics/models/" + id).then().body("status", equalTo("TRAINING"));

        owner.as().post("/api/v1/analytics/models/" + id + "/versions/1/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        jobs.runDue("analytics-test").await().atMost(Duration.ofSeconds(60));
        owner.as().get("/api/v1/analytics/models/" + id + "/versions/1").then().body("status", equalTo("CANCELLED"))
                .body("metrics", org.hamcrest.Matchers.nullValue());
        owner.as().get("/api/v1/analytics/models/" + id).then().body("status", equalTo("DRAFT"));
        owner.as().post("/api/v1/analytics/models/" + id + "/versions/1/cancel").then().statusCode(409);

        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        assertThat(awaitVersion(owner, id, 2).getString("status")).isEqualTo("TRAINED");
    }

    @Test
    void retrainingDeploysOnlyAVersionThatBeatsTheServingOneOnTheSameHoldout() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Changing salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        seedRevenue(owner, business, SyntheticData.revenue(today.minusDays(120), 120, 0, 300, 5));
        String id = model(owner, "revenue", "FORECAST", "REVENUE", business);
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        awaitVersion(owner, id, 1);
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then().statusCode(200);

        // nothing new: the retrained version is no better, so version 1 keeps serving
        owner.as().post("/api/v1/analytics/models/" + id + "/retrain").then().statusCode(202);
        JsonPath same = awaitVersion(owner, id, 2);
        assertThat(same.getBoolean("decision.better")).isFalse();
        assertThat(same.getBoolean("decision.deployed")).isFalse();
        owner.as().get("/api/v1/analytics/models/" + id).then().body("deployedVersion", equalTo(1));

        // four weeks later the business is half as busy again: version 1 forecasts the old level
        clock.advance(Duration.ofDays(28));
        double[] busier = SyntheticData.revenue(today, 28, 0, 300, 6);
        for (int i = 0; i < busier.length; i++) {
            busier[i] *= 1.5;
        }
        seedRevenue(owner, business, busier, today);
        owner.as().post("/api/v1/analytics/models/" + id + "/retrain").then().statusCode(202);
        JsonPath better = awaitVersion(owner, id, 3);
        assertThat(better.getDouble("decision.newVersion")).isLessThan(better.getDouble("decision.servingVersion"));
        assertThat(better.getBoolean("decision.deployed")).isTrue();
        owner.as().get("/api/v1/analytics/models/" + id).then().body("deployedVersion", equalTo(3));

        // and an owner can still roll back
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then()
                .statusCode(200).body("deployedVersion", equalTo(1));
    }

    @Test
    void aChurnModelRanksCustomersWhoStoppedAboveThoseWhoKeepComingAndListsThemWithReasons() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Regulars' salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Visit> visits = SyntheticData.customers(80, today.minusDays(1), 420, 0.4, 3);
        Map<UUID, UUID> contactOf = seedVisits(owner, business, visits);
        String id = model(owner, "churn", "CLASSIFICATION", "CHURN", business);
        owner.as().body(Map.of("name", "churn", "kind", "CLASSIFICATION", "target", "CHURN")).post(
                "/api/v1/analytics/models").then().statusCode(400).body("errors[0].field", equalTo("name"));

        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        JsonPath version = awaitVersion(owner, id, 1);
        assertThat(version.getString("status")).as(version.prettify()).isEqualTo("TRAINED");
        assertThat(version.getDouble("metrics.auc")).as("AUC on the later holdout").isGreaterThan(0.8);
        assertThat(version.getList("metrics.calibration")).hasSize(5);
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then().statusCode(200);

        JsonPath risk = owner.as().get("/api/v1/analytics/models/" + id + "/customers-at-risk?limit=100").then()
                .statusCode(200).extract().jsonPath();
        List<String> atRisk = risk.getList("customers.contactId");
        Map<UUID, LocalDate> lastVisit = new HashMap<>();
        visits.forEach(v -> lastVisit.merge(contactOf.get(v.contactId()), v.day(), (a, b) -> a.isAfter(b) ? a : b));
        long stoppedLongAgo = atRisk.stream().filter(c -> lastVisit.get(UUID.fromString(c))
                .isBefore(today.minusDays(60))).count();
        assertThat(atRisk).isNotEmpty();
        assertThat(stoppedLongAgo).as("customers at risk who have been away 60+ days").isGreaterThan(atRisk.size() / 2);
        assertThat(risk.getList("customers[0].reasons")).isNotEmpty();
        assertThat(risk.getLong("valueAtRiskMonthlyMinor")).isPositive();

        // the business's insights gain one from the churn model, with its figures as evidence
        JsonPath insights = owner.as().post("/api/v1/businesses/" + business + "/insights/refresh").then()
                .statusCode(200).extract().jsonPath();
        String churnInsight = "find { it.type == 'churn_risk' }";
        assertThat(insights.getString(churnInsight + ".title")).startsWith(risk.getInt("atRisk") + " customer")
                .contains("worth ₹").endsWith("a month may not come back");
        assertThat(insights.getLong(churnInsight + ".evidence.valueAtRiskMonthlyMinor"))
                .isEqualTo(risk.getLong("valueAtRiskMonthlyMinor"));
        assertThat(insights.getDouble(churnInsight + ".evidence.confidence")).isBetween(0.5, 1.0);

        String gone = atRisk.get(0);
        JsonPath p = owner.as().body(Map.of("inputs", Map.of("contactId", gone)))
                .post("/api/v1/analytics/models/" + id + "/predict").then().statusCode(200).extract().jsonPath();
        assertThat(p.getString("prediction")).isEqualTo("churn");
        assertThat(p.getDouble("confidence")).isGreaterThanOrEqualTo(0.5);
        owner.as().body(Map.of("inputs", Map.of("recency_days", 3))).post("/api/v1/analytics/models/" + id + "/predict")
                .then().statusCode(400).body("errors[0].field", equalTo("inputs.visits_365d"));
    }

    @Test
    void anInjectedSpikeAndDropAreDetectedWithSeverityAndImpactAndEmittedWhileWeeklySwingsAreNot() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Steady salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        double[] y = SyntheticData.revenue(today.minusDays(90), 90, 0, 300, 9);
        double usual = y[85];
        y[80] += 8_000;
        y[85] = 0;
        seedRevenue(owner, business, y);

        JsonPath found = owner.as().body(Map.of("businessId", business, "metric", "REVENUE", "days", 14))
                .post("/api/v1/analytics/anomalies/detect").then().statusCode(200).extract().jsonPath();
        assertThat(found.getList("day")).containsExactly(today.minusDays(10).toString(), today.minusDays(5).toString());
        assertThat(found.getString("[0].direction")).isEqualTo("SPIKE");
        assertThat(found.getString("[1].direction")).isEqualTo("DROP");
        assertThat(found.getString("[1].severity")).isIn("HIGH", "CRITICAL");
        assertThat(found.getLong("[1].impactMinor")).as("expected - actual, in paise")
                .isCloseTo(Math.round(usual * 100), org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(found.getString("[1].currency")).isEqualTo("INR");
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'analytics.anomaly_detected'",
                owner.tenantId())).isEqualTo(2);

        // detecting again finds the same days and emits nothing new
        owner.as().body(Map.of("businessId", business, "days", 14)).post("/api/v1/analytics/anomalies/detect").then()
                .statusCode(200).body("size()", equalTo(2));
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'analytics.anomaly_detected'",
                owner.tenantId())).isEqualTo(2);
        // the owner hears of both days once, through the notification centre, with the money in rupees
        String dropTitle = "Unusual revenue on " + today.minusDays(5) + ": lower than usual";
        awaitNotification(owner, "Unusual revenue on " + today.minusDays(10) + ": higher than usual");
        JsonPath heard = awaitNotification(owner, dropTitle);
        assertThat(heard.getList("items.findAll { it.category == 'ANOMALY' }")).hasSize(2);
        assertThat(heard.getString("items.find { it.title == '" + dropTitle + "' }.priority")).isIn("HIGH", "URGENT");
        assertThat(heard.getString("items.find { it.title == '" + dropTitle + "' }.body")).startsWith("₹0.00 against the usual ₹")
                .contains("impact -₹");
        assertThat(heard.getString("items.find { it.title == '" + dropTitle + "' }.link")).isEqualTo("/analytics");
        String drop = found.getString("[1].id");
        owner.as().body(Map.of("status", "FALSE_ALARM")).put("/api/v1/analytics/anomalies/" + drop + "/status").then()
                .statusCode(200).body("status", equalTo("FALSE_ALARM"));
        owner.as().get("/api/v1/analytics/anomalies?status=OPEN").then().statusCode(200).body("size()", equalTo(1));
        owner.as().body(Map.of("status", "GONE")).put("/api/v1/analytics/anomalies/" + drop + "/status").then()
                .statusCode(400).body("errors[0].field", containsString("status"));
    }

    @Test
    void plansLimitModelsTrainingsAndPredictionsWith403NamingTheLimit() {
        Account owner = Accounts.signup("TRIAL");
        String business = Accounts.createBusiness(owner, "Trial salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        seedRevenue(owner, business, SyntheticData.revenue(today.minusDays(60), 60, 0, 300, 4));
        String id = model(owner, "revenue", "FORECAST", "REVENUE", business);
        model(owner, "appointments", "FORECAST", "APPOINTMENTS", business);
        owner.as().body(Map.of("name", "third", "kind", "ANOMALY", "target", "LEADS")).post("/api/v1/analytics/models")
                .then().statusCode(403).body("limit", equalTo("ai_models")).body("allowed", equalTo(2));

        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        awaitVersion(owner, id, 1);
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then().statusCode(200);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(Map.of("inputs", Map.of()));
        }
        owner.as().body(Map.of("items", items)).post("/api/v1/analytics/models/" + id + "/predict/batch").then()
                .statusCode(403).body("limit", equalTo("predictions_per_day")).body("allowed", equalTo(100));
        owner.as().body(Map.of("items", items.subList(0, 100))).post("/api/v1/analytics/models/" + id
                + "/predict/batch").then().statusCode(200).body("size()", equalTo(100));
        owner.as().body(Map.of("inputs", Map.of())).post("/api/v1/analytics/models/" + id + "/predict").then()
                .statusCode(403).body("limit", equalTo("predictions_per_day"));

        for (int i = 0; i < 4; i++) {
            owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
            awaitVersion(owner, id, i + 2);
        }
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(403)
                .body("limit", equalTo("trainings_per_day")).body("allowed", equalTo(5));
    }

    @Test
    void aDeployedForecastOfFallingRevenueBecomesAnInsightWithItsBandWhileASteadyOneDoesNot() {
        Account owner = Accounts.signup("PREMIUM");
        Account calmOwner = Accounts.signup("PREMIUM");
        String falling = Accounts.createBusiness(owner, "Falling salon");
        String steady = Accounts.createBusiness(calmOwner, "Steady salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        seedRevenue(owner, falling, SyntheticData.revenue(today.minusDays(120), 120, -60, 200, 31));
        seedRevenue(calmOwner, steady, SyntheticData.revenue(today.minusDays(120), 120, 0, 200, 32));
        for (Account account : List.of(owner, calmOwner)) {
            String business = account == owner ? falling : steady;
            String id = model(account, "revenue", "FORECAST", "REVENUE", business);
            account.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
            awaitVersion(account, id, 1);
            account.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then()
                    .statusCode(200);
        }

        JsonPath insights = owner.as().post("/api/v1/businesses/" + falling + "/insights/refresh").then()
                .statusCode(200).extract().jsonPath();
        String drop = "find { it.type == 'forecast_drop' }";
        assertThat(insights.getString(drop + ".title")).startsWith("Revenue for the next 7 days expected at ₹")
                .contains("below the usual ₹").doesNotContain("INR").doesNotContain("Rs");
        long usual = insights.getLong(drop + ".evidence.usual");
        long upper = insights.getLong(drop + ".evidence.upper");
        long expected = insights.getLong(drop + ".evidence.expected");
        assertThat(upper).as("the whole band below the usual").isLessThan(usual);
        assertThat(expected).isBetween(insights.getLong(drop + ".evidence.lower"), upper);
        // the usual week is the last 4 weeks' revenue over 4, from the sales held
        long held = sql.count("select coalesce(sum(amount_minor), 0) from sale where tenant_id = $1 and business_id = $2 "
                + "and occurred_at >= $3", owner.tenantId(), UUID.fromString(falling),
                today.minusDays(28).atStartOfDay().atOffset(ZoneOffset.UTC));
        assertThat((double) usual).isCloseTo(held / 4.0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(insights.getString(drop + ".title")).contains(MoneyText.of(usual, "INR"));
        assertThat(insights.getDouble(drop + ".evidence.confidence")).isBetween(0.5, 1.0);

        JsonPath calm = calmOwner.as().post("/api/v1/businesses/" + steady + "/insights/refresh").then()
                .statusCode(200).extract().jsonPath();
        assertThat(calm.getList("findAll { it.type == 'forecast_drop' }")).isEmpty();
    }

    @Test
    void predictionsWhoseActualsDriftPastTheThresholdStartARetrainingThatDeploysTheBetterVersion() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Drifting salon");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        seedRevenue(owner, business, SyntheticData.revenue(today.minusDays(120), 120, 0, 300, 51));
        String id = model(owner, "revenue", "FORECAST", "REVENUE", business);
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        double holdoutMae = awaitVersion(owner, id, 1).getDouble("metrics.mae");
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then().statusCode(200);
        for (int d = 1; d <= 6; d++) {
            owner.as().body(Map.of("inputs", Map.of("date", today.plusDays(d).toString())))
                    .post("/api/v1/analytics/models/" + id + "/predict").then().statusCode(200);
        }

        // the next four weeks the business is half as busy again; the predicted days' actuals arrive
        clock.advance(Duration.ofDays(28));
        double[] busier = SyntheticData.revenue(today, 28, 0, 300, 52);
        for (int i = 0; i < busier.length; i++) {
            busier[i] *= 1.5;
        }
        seedRevenue(owner, business, busier, today);
        // the model's daily job fills the actuals, finds the drift and starts version 2 (reason DRIFT)
        JsonPath retrained = awaitVersion(owner, id, 2);
        assertThat(retrained.getString("reason")).isEqualTo("DRIFT");
        var judged = sql.query("select avg(abs(actual - value)) as mae, count(*) as n from analytics_prediction "
                + "where tenant_id = $1 and model_id = $2 and actual is not null", owner.tenantId(), UUID.fromString(id));
        assertThat(judged.get(0).getLong("n")).as("the predicted days' actuals filled in").isEqualTo(6);
        assertThat(judged.get(0).getDouble("mae")).as("live error past 1.5 x the holdout error")
                .isGreaterThan(1.5 * holdoutMae);
        assertThat(retrained.getDouble("decision.newVersion"))
                .isLessThan(retrained.getDouble("decision.servingVersion"));
        assertThat(retrained.getBoolean("decision.deployed")).isTrue();
        owner.as().get("/api/v1/analytics/models/" + id).then().body("deployedVersion", equalTo(2));
    }

    // ---- data of known structure, written as the sales and appointments features would ----

    private String model(Account owner, String name, String kind, String target, String business) {
        return owner.as().body(Map.of("name", name, "kind", kind, "target", target, "businessId", business))
                .post("/api/v1/analytics/models").then().statusCode(201).extract().path("id");
    }

    /** One sale a day of the day's revenue (rupees), ending yesterday. */
    private void seedRevenue(Account owner, String business, double[] rupees) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        seedRevenue(owner, business, rupees, today.minusDays(rupees.length));
    }

    private void seedRevenue(Account owner, String business, double[] rupees, LocalDate first) {
        UUID contact = contact(owner, "Walk-in " + UUID.randomUUID());
        for (int i = 0; i < rupees.length; i++) {
            sale(owner, business, contact, first.plusDays(i), Math.round(rupees[i] * 100));
        }
    }

    /** Stores the visits as sales; answers the stored contact id of each synthetic customer. */
    private Map<UUID, UUID> seedVisits(Account owner, String business, List<Visit> visits) {
        Map<UUID, UUID> contacts = new HashMap<>();
        for (Visit v : visits) {
            UUID contact = contacts.computeIfAbsent(v.contactId(), c -> contact(owner, "Customer " + c));
            sale(owner, business, contact, v.day(), v.amountMinor());
        }
        return contacts;
    }

    private UUID contact(Account owner, String name) {
        UUID id = UUID.randomUUID();
        sql.query("insert into contact (id, tenant_id, name, tags, created_at, updated_at) values ($1, $2, $3, '[]', "
                + "now(), now())", id, owner.tenantId(), name);
        return id;
    }

    private void sale(Account owner, String business, UUID contact, LocalDate day, long amountMinor) {
        sql.query("insert into sale (id, tenant_id, business_id, contact_id, amount_minor, currency, occurred_at, "
                + "review_request_status, created_at) values ($1, $2, $3, $4, $5, 'INR', $6, 'TOO_OLD', now())",
                UUID.randomUUID(), owner.tenantId(), UUID.fromString(business), contact, amountMinor,
                day.atTime(12, 0).atOffset(ZoneOffset.UTC));
    }

    private JsonPath awaitVersion(Account owner, String modelId, int number) {
        String path = "/api/v1/analytics/models/" + modelId + "/versions/" + number;
        eventually(() -> {
            jobs.runDue("analytics-test").await().atMost(Duration.ofSeconds(60));
            String status = owner.as().get(path).then().statusCode(200).extract().path("status");
            return !"QUEUED".equals(status) && !"RUNNING".equals(status);
        }, "version " + number + " to finish training");
        return owner.as().get(path).then().extract().jsonPath();
    }

    /** The owner's notifications once one with this title is there (the outbox relay delivered its event). */
    private static JsonPath awaitNotification(Account owner, String title) {
        JsonPath[] all = new JsonPath[1];
        eventually(() -> {
            all[0] = owner.as().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
            return all[0].get("items.find { it.title == '" + title + "' }") != null;
        }, "the notification \"" + title + "\" arrives");
        return all[0];
    }
}
