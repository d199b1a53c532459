package com.verticallight.analytics;

import com.verticallight.i18n.Formats;
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
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** The test businesses are in India (Accounts.business): their dates are Kolkata's, not UTC's. */
    private static final java.time.ZoneId BUSINESS_ZONE = java.time.ZoneId.of("Asia/Kolkata");

    /** Today on the businesses' calendar (between 18:30 and 24:00 UTC it is already tomorrow there). */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void tooLittleDataAnswers409SayingWhatIsMissing() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Quiet salon");
        seedRevenue(owner, business, SyntheticData.revenue(today().minusDays(20), 20, 0, 100, 1));
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
        LocalDate today = today();
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
        seedRevenue(owner, business, SyntheticData.revenue(today().minusDays(60), 60, 0, 300, 8));
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
        LocalDate today = today();
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
        LocalDate today = today();
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
        // a Hindi reader reads the same insight in Hindi, the amount as CLDR writes it for hi-IN
        JsonPath hindi = owner.as().header("Accept-Language", "hi").get("/api/v1/businesses/" + business + "/insights")
                .then().statusCode(200).extract().jsonPath();
        assertThat(hindi.getString(churnInsight + ".title")).startsWith(risk.getInt("atRisk") + " ग्राहक")
                .contains("जिनका मूल्य हर महीने ₹").endsWith("शायद वापस न आएँ");
        assertThat(hindi.getString(churnInsight + ".description")).contains("चर्न मॉडल").doesNotContain("customers");

        String gone = atRisk.get(0);
        JsonPath p = owner.as().body(Map.of("inputs", Map.of("contactId", gone)))
                .post("/api/v1/analytics/models/" + id + "/predict").then().statusCode(200).extract().jsonPath();
        assertThat(p.getString("prediction")).isEqualTo("churn");
        assertThat(p.getDouble("confidence")).isGreaterThanOrEqualTo(0.5);
        owner.as().body(Map.of("inputs", Map.of("recency_days", 3))).post("/api/v1/analytics/models/" + id + "/predict")
                .then().statusCode(400).body("errors[0].field", equalTo("inputs.visits_365d"));

        spendAndSegmentsLearnFromTheSameCustomers(owner, business, lastVisit, today);
    }

    private static double meanSpend(Account owner, String model, List<String> contacts) {
        List<Map<String, Object>> items = contacts.stream()
                .map(c -> Map.<String, Object>of("inputs", Map.of("contactId", c))).toList();
        return owner.as().body(Map.of("items", items)).post("/api/v1/analytics/models/" + model + "/predict/batch")
                .then().statusCode(200).extract().jsonPath().getList("value", Float.class).stream()
                .mapToDouble(Float::doubleValue).average().orElseThrow();
    }

    /** Regression and clustering on the churn test's customers (one seeding): trained as jobs, predicting. */
    private void spendAndSegmentsLearnFromTheSameCustomers(Account owner, String business,
            Map<UUID, LocalDate> lastVisit, LocalDate today) {
        String spend = model(owner, "spend", "REGRESSION", "CUSTOMER_SPEND_90D", business);
        String segments = model(owner, "segments", "CLUSTERING", "CUSTOMER_SEGMENTS", business);
        owner.as().post("/api/v1/analytics/models/" + spend + "/train").then().statusCode(202);
        owner.as().post("/api/v1/analytics/models/" + segments + "/train").then().statusCode(202);

        JsonPath regression = awaitVersion(owner, spend, 1);
        assertThat(regression.getString("status")).as(regression.prettify()).isEqualTo("TRAINED");
        assertThat(regression.getDouble("metrics.mae")).as("MAE on the later 90 days vs the mean baseline")
                .isLessThan(regression.getDouble("metrics.baseline.mae"));
        assertThat(regression.getDouble("metrics.r2")).isGreaterThan(0.2);
        JsonPath clustering = awaitVersion(owner, segments, 1);
        assertThat(clustering.getString("status")).as(clustering.prettify()).isEqualTo("TRAINED");
        assertThat(clustering.getDouble("metrics.silhouette")).isGreaterThan(0.25);
        assertThat(clustering.getDouble("metrics.varianceExplained")).isGreaterThan(0.25);
        assertThat(clustering.getList("metrics.segments.description", String.class))
                .allSatisfy(text -> assertThat(text).contains("visits a year"));
        assertThat(clustering.getMap("metrics.segments[0]")).doesNotContainKey("descriptionWords");
        JsonPath arabic = owner.as().header("Accept-Language", "ar").get("/api/v1/analytics/models/" + segments
                + "/versions/1").then().statusCode(200).extract().jsonPath();
        assertThat(arabic.getList("metrics.segments.description", String.class))
                .allSatisfy(text -> assertThat(text).contains("في السنة").contains("₹").doesNotContain("visits"));
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + spend + "/deploy").then().statusCode(200);
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + segments + "/deploy").then()
                .statusCode(200);

        List<String> recent = lastVisit.entrySet().stream().filter(e -> e.getValue().isAfter(today.minusDays(15)))
                .map(e -> e.getKey().toString()).toList();
        List<String> lapsed = lastVisit.entrySet().stream().filter(e -> e.getValue().isBefore(today.minusDays(120)))
                .map(e -> e.getKey().toString()).toList();
        assertThat(recent).isNotEmpty();
        assertThat(lapsed).isNotEmpty();
        assertThat(meanSpend(owner, spend, recent)).as("customers seen lately vs those away for 120+ days")
                .isGreaterThan(meanSpend(owner, spend, lapsed));
        String regular = recent.get(0);
        JsonPath segment = owner.as().body(Map.of("inputs", Map.of("contactId", regular)))
                .post("/api/v1/analytics/models/" + segments + "/predict").then().statusCode(200).extract().jsonPath();
        assertThat(segment.getString("prediction")).isIn("LOYAL_HIGH_SPEND", "REGULAR", "OCCASIONAL", "LAPSED");
        assertThat(segment.getString("details.description")).contains("visits a year");
        assertThat(owner.as().header("Accept-Language", "hi").body(Map.of("inputs", Map.of("contactId", regular)))
                .post("/api/v1/analytics/models/" + segments + "/predict").then().statusCode(200).extract()
                .<String>path("details.description")).contains("साल में").contains("₹").doesNotContain("visits");
        owner.as().body(Map.of("inputs", Map.of("recency_days", 3))).post("/api/v1/analytics/models/" + segments
                + "/predict").then().statusCode(400).body("errors[0].field", equalTo("inputs.visits_365d"));
        Account stranger = Accounts.signup("PREMIUM");
        stranger.as().body(Map.of("inputs", Map.of("contactId", regular))).post("/api/v1/analytics/models/" + spend
                + "/predict").then().statusCode(404);
    }

    @Test
    void anInjectedSpikeAndDropAreDetectedWithSeverityAndImpactAndEmittedWhileWeeklySwingsAreNot() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Steady salon");
        LocalDate today = today();
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
        // the day in the reader's words (CLDR, e.g. "Dec 1, 2026"), never ISO
        String dropTitle = "Unusual revenue on " + Formats.day(today.minusDays(5), Locale.ENGLISH) + ": lower than usual";
        awaitNotification(owner, "Unusual revenue on " + Formats.day(today.minusDays(10), Locale.ENGLISH)
                + ": higher than usual");
        JsonPath heard = awaitNotification(owner, dropTitle);
        assertThat(heard.getList("items.findAll { it.category == 'ANOMALY' }")).hasSize(2);
        assertThat(heard.getString("items.find { it.title == '" + dropTitle + "' }.priority")).isIn("HIGH", "URGENT");
        assertThat(heard.getString("items.find { it.title == '" + dropTitle + "' }.body")).startsWith("₹0 against the usual ₹")
                .contains("impact -₹");
        assertThat(heard.getString("items.find { it.title == '" + dropTitle + "' }.link")).isEqualTo("/analytics");
        String drop = found.getString("[1].id");
        owner.as().body(Map.of("status", "FALSE_ALARM")).put("/api/v1/analytics/anomalies/" + drop + "/status").then()
                .statusCode(200).body("status", equalTo("FALSE_ALARM"));
        owner.as().get("/api/v1/analytics/anomalies?status=OPEN").then().statusCode(200).body("size()", equalTo(1));
        owner.as().body(Map.of("status", "GONE")).put("/api/v1/analytics/anomalies/" + drop + "/status").then()
                .statusCode(400).body("errors[0].field", containsString("status"));

        // the owner's labels are the detector's accuracy: one real (RESOLVED), one FALSE_ALARM
        owner.as().body(Map.of("status", "RESOLVED")).put("/api/v1/analytics/anomalies/" + found.getString("[0].id")
                + "/status").then().statusCode(200);
        JsonPath accuracy = owner.as().get("/api/v1/analytics/anomalies/accuracy?businessId=" + business).then()
                .statusCode(200).extract().jsonPath();
        assertThat(accuracy.getString("[0].metric")).isEqualTo("REVENUE");
        assertThat(accuracy.getInt("[0].labelled")).isEqualTo(2);
        assertThat(accuracy.getDouble("[0].precision")).isEqualTo(0.5);
        assertThat(accuracy.getDouble("[0].bySeverity[0].recallOfConfirmed")).as("from LOW up: every confirmed one")
                .isEqualTo(1.0);
        // and an anomaly model's version stores them
        String detector = model(owner, "revenue watch", "ANOMALY", "REVENUE", business);
        owner.as().post("/api/v1/analytics/models/" + detector + "/train").then().statusCode(202);
        JsonPath version = awaitVersion(owner, detector, 1);
        assertThat(version.getDouble("metrics.labelled.precision")).as(version.prettify()).isEqualTo(0.5);
        Accounts.signup("BASIC").as().get("/api/v1/analytics/anomalies/accuracy").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void serviceDemandPerServiceWeekdayAndHourComesFromTheAppointmentsHeld() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Busy salon");
        UUID contact = contact(owner, "Regular");
        LocalDate today = today();
        owner.as().get("/api/v1/analytics/service-demand?businessId=" + business).then().statusCode(409)
                .body("detail", containsString("needs 9 weeks of appointments"));
        // 9 weeks: two haircuts every Saturday at 10:00 and one at 11:00, a facial every Wednesday at 15:00
        for (int week = 1; week <= 9; week++) {
            LocalDate monday = today.minusWeeks(week).with(java.time.DayOfWeek.MONDAY);
            appointment(owner, business, contact, "Haircut", monday.plusDays(5).atTime(10, 0), 2);
            appointment(owner, business, contact, "Haircut", monday.plusDays(5).atTime(11, 0), 1);
            appointment(owner, business, contact, "Facial", monday.plusDays(2).atTime(15, 0), 1);
        }
        String timeZone = owner.as().get("/api/v1/businesses/" + business).then().extract().path("timeZone");
        JsonPath demand = owner.as().get("/api/v1/analytics/service-demand?businessId=" + business + "&weeks=8").then()
                .statusCode(200).extract().jsonPath();
        assertThat(demand.getString("timeZone")).isEqualTo(timeZone);
        assertThat(demand.getList("services.service")).containsExactly("Haircut", "Facial");
        assertThat(demand.getDouble("services[0].perWeek")).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.4));
        assertThat(demand.getString("services[0].slots[0].weekday")).isEqualTo("SATURDAY");
        assertThat(demand.getDouble("services[0].slots[0].expected")).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.3));
        assertThat(demand.getDouble("holdout.mae")).isLessThan(0.3);
        owner.as().get("/api/v1/analytics/service-demand?businessId=" + business + "&weeks=1").then().statusCode(400);
        Accounts.signup("BASIC").as().get("/api/v1/analytics/service-demand?businessId=" + business).then()
                .statusCode(404);
    }

    private void appointment(Account owner, String business, UUID contact, String service,
            java.time.LocalDateTime localStart, int count) {
        String zone = owner.as().get("/api/v1/businesses/" + business).then().extract().path("timeZone");
        for (int i = 0; i < count; i++) {
            sql.query("insert into appointment (id, tenant_id, business_id, contact_id, service_name, starts_at, "
                    + "duration_minutes, status, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, 45, "
                    + "'COMPLETED', now(), now())", UUID.randomUUID(), owner.tenantId(), UUID.fromString(business),
                    contact, service, localStart.atZone(java.time.ZoneId.of(zone)).toOffsetDateTime());
        }
    }

    @Test
    void aTrainingBeyondItsTimeLimitEndsFailedSayingSo() {
        // a limit of zero for this test only: any load-and-fit surely exceeds it (checked before the fit and on its
        // result, not only by a timer), so the outcome does not depend on the machine's speed
        QuarkusMock.installMockForType(new TrainingLimit(Duration.ZERO), TrainingLimit.class);
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Slow salon");
        seedRevenue(owner, business, SyntheticData.revenue(today().minusDays(60), 60, 0, 300, 41));
        String id = model(owner, "revenue", "FORECAST", "REVENUE", business);
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
        JsonPath version = awaitVersion(owner, id, 1);
        assertThat(version.getString("status")).isEqualTo("FAILED");
        assertThat(version.getString("error")).isEqualTo("The training took longer than its time limit of 0 seconds");
        owner.as().get("/api/v1/analytics/models/" + id).then().body("status", equalTo("FAILED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void threeYearsWithASummerHighAndFestivalSpikesAreForecastWithYearlySeasonalityAndFestivalEffects() {
        Account owner = Accounts.signup("BASIC");
        String business = Accounts.createBusiness(owner, "Festive sweets");
        LocalDate today = today();
        LocalDate first = today.minusDays(1100);
        Map<LocalDate, Double> lift = new HashMap<>();
        sql.query("select date, key from festival where country = 'IN' and key in ('dhanteras', 'diwali', 'bhai-dooj', "
                + "'holi', 'raksha-bandhan', 'christmas')").forEach(row -> lift.put(row.getLocalDate("date"),
                        row.getString("key").equals("diwali") ? 9_000.0 : 4_000.0));
        double[] y = SyntheticData.revenue(first, 1100, 1, 400, 23);
        for (int t = 0; t < y.length; t++) {
            LocalDate d = first.plusDays(t);
            y[t] += 2_500 * Math.sin(2 * Math.PI * (d.getDayOfYear() - 80) / 365.25) + lift.getOrDefault(d, 0.0);
        }
        seedRevenueInBulk(owner, business, y, first);
        String id = owner.as().body(Map.of("name", "revenue 3y", "kind", "FORECAST", "target", "REVENUE",
                "businessId", business, "trainingWindowDays", 1100)).post("/api/v1/analytics/models").then()
                .statusCode(201).extract().path("id");

        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);

        JsonPath v = awaitVersion(owner, id, 1);
        assertThat(v.getString("status")).as(v.prettify()).isEqualTo("TRAINED");
        assertThat(v.getBoolean("metrics.yearlySeasonality")).isTrue();
        assertThat(v.getDouble("metrics.festivalEffects.diwali")).as("Diwali's effect from 2024 and 2025, in paise")
                .isBetween(600_000.0, 1_200_000.0);
        assertThat(v.getDouble("metrics.mae")).as("MAE with yearly + festivals vs weekly only on the same holdout")
                .isLessThan(v.getDouble("metrics.weeklyOnly.mae"));
        owner.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + id + "/deploy").then().statusCode(200);
        JsonPath weeks = owner.as().get("/api/v1/analytics/models/" + id + "/forecast?days=90&period=week").then()
                .statusCode(200).extract().jsonPath();
        List<Float> weekly = weeks.getList("forecast.value", Float.class);
        assertThat(weekly).hasSize(12); // 90 days in whole weeks from tomorrow
        JsonPath days = owner.as().get("/api/v1/analytics/models/" + id + "/forecast?days=7").then().statusCode(200)
                .extract().jsonPath();
        double sum = days.getList("forecast.value", Float.class).stream().mapToDouble(Float::doubleValue).sum();
        assertThat((double) weekly.get(0)).as("a week is the sum of its days").isCloseTo(sum,
                org.assertj.core.data.Offset.offset(2.0));
        owner.as().get("/api/v1/analytics/models/" + id + "/forecast?period=month").then().statusCode(400);
    }

    @Test
    void plansLimitModelsTrainingsAndPredictionsWith403NamingTheLimit() throws Exception {
        Account owner = Accounts.signup("TRIAL");
        String business = Accounts.createBusiness(owner, "Trial salon");
        LocalDate today = today();
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
        owner.as().body(Map.of("items", items.subList(0, 97))).post("/api/v1/analytics/models/" + id
                + "/predict/batch").then().statusCode(200).body("size()", equalTo(97));
        // a refused input gives its place back: still three left
        owner.as().body(Map.of("inputs", Map.of("date", "next week"))).post("/api/v1/analytics/models/" + id
                + "/predict").then().statusCode(400).body("errors[0].field", equalTo("inputs.date"));
        // six at the same moment for the last three: exactly three made, three refused with the limit
        List<Integer> statuses = new ArrayList<>();
        var clients = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (var answered : clients.invokeAll(java.util.Collections.nCopies(6,
                    (java.util.concurrent.Callable<Integer>) () -> owner.as().body(Map.of("inputs", Map.of()))
                            .post("/api/v1/analytics/models/" + id + "/predict").then().extract().statusCode()))) {
                statuses.add(answered.get());
            }
        } finally {
            clients.shutdown();
        }
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 403).hasSize(3);
        assertThat(sql.count("select count(*) from analytics_prediction where tenant_id = $1", owner.tenantId()))
                .isEqualTo(100);
        owner.as().body(Map.of("inputs", Map.of())).post("/api/v1/analytics/models/" + id + "/predict").then()
                .statusCode(403).body("limit", equalTo("predictions_per_day"));

        for (int i = 0; i < 4; i++) {
            owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(202);
            awaitVersion(owner, id, i + 2);
        }
        owner.as().post("/api/v1/analytics/models/" + id + "/train").then().statusCode(403)
                .body("limit", equalTo("trainings_per_day")).body("allowed", equalTo(5));

        // the owner hears of each limit once, however many refusals (BILLING)
        eventually(() -> sql.count("select count(*) from notification where tenant_id = $1 and category = 'BILLING'",
                owner.tenantId()) == 3, "a notice per limit");
        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.category == 'BILLING' }.title", org.hamcrest.Matchers.containsInAnyOrder(
                        "Plan limit reached: AI models", "Plan limit reached: predictions a day",
                        "Plan limit reached: trainings a day"));
    }

    @Test
    void aDeployedForecastOfFallingRevenueBecomesAnInsightWithItsBandWhileASteadyOneDoesNot() {
        Account owner = Accounts.signup("PREMIUM");
        Account calmOwner = Accounts.signup("PREMIUM");
        String falling = Accounts.createBusiness(owner, "Falling salon");
        String steady = Accounts.createBusiness(calmOwner, "Steady salon");
        LocalDate today = today();
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
                today.minusDays(28).atStartOfDay(BUSINESS_ZONE).toOffsetDateTime());
        assertThat((double) usual).isCloseTo(held / 4.0, org.assertj.core.data.Offset.offset(1.0));
        long usualMinor = insights.getLong(drop + ".evidence.usualMinor");
        assertThat((double) usualMinor).as("the usual in whole rupees").isCloseTo(usual, org.assertj.core.data.Offset.offset(50.0));
        assertThat(insights.getString(drop + ".title"))
                .contains(com.verticallight.i18n.Formats.money(usualMinor, "INR", Locale.forLanguageTag("en-IN")));
        assertThat(insights.getDouble(drop + ".evidence.confidence")).isBetween(0.5, 1.0);
        String arabic = owner.as().header("Accept-Language", "ar").get("/api/v1/businesses/" + falling + "/insights")
                .then().statusCode(200).extract().path(drop + ".title");
        assertThat(arabic).startsWith("من المتوقع أن تبلغ الإيرادات").contains("₹").doesNotContain("Revenue")
                .doesNotContain("INR");

        JsonPath calm = calmOwner.as().post("/api/v1/businesses/" + steady + "/insights/refresh").then()
                .statusCode(200).extract().jsonPath();
        assertThat(calm.getList("findAll { it.type == 'forecast_drop' }")).isEmpty();
    }

    @Test
    void predictionsWhoseActualsDriftPastTheThresholdStartARetrainingThatDeploysTheBetterVersion() {
        Account owner = Accounts.signup("PREMIUM");
        String business = Accounts.createBusiness(owner, "Drifting salon");
        LocalDate today = today();
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
        LocalDate today = today();
        seedRevenue(owner, business, rupees, today.minusDays(rupees.length));
    }

    /** A sale a day from {@code first}, in one statement (three years of days). */
    private void seedRevenueInBulk(Account owner, String business, double[] rupees, LocalDate first) {
        UUID contact = contact(owner, "Walk-in " + UUID.randomUUID());
        Long[] paise = java.util.Arrays.stream(rupees).mapToObj(r -> Math.round(r * 100)).toArray(Long[]::new);
        sql.query("insert into sale (id, tenant_id, business_id, contact_id, amount_minor, currency, occurred_at, "
                + "review_request_status, created_at) select gen_random_uuid(), $1, $2, $3, a.amount, 'INR', "
                + "(($4::date + (a.i - 1)::int) + time '12:00') at time zone 'UTC', 'TOO_OLD', now() "
                + "from unnest($5::bigint[]) "
                + "with ordinality as a(amount, i)", owner.tenantId(), UUID.fromString(business), contact, first, paise);
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
