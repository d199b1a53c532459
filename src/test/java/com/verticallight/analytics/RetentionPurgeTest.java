package com.verticallight.analytics;

import static com.verticallight.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.verticallight.analytics.retention.RetentionKeeper;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily purge keeps the hub's own data for the plan's retention (trial 30 days, premium 365), per tenant:
 * predictions, anomalies and old versions' fitted state go; the deployed and the newest trained version stay.
 */
@QuarkusTest
class RetentionPurgeTest {

    /** Ages in days of the rows seeded for each tenant, as of the day the purge runs. */
    private static final List<Integer> AGES = List.of(500, 400, 200, 40, 10);

    @Inject
    Sql sql;

    @Inject
    JobRunner jobs;

    @Inject
    TestClock clock;

    @Inject
    RetentionKeeper keeper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theDailyPurgeKeepsEachPlansRetentionAndNeverTheDeployedVersion() {
        Account trial = Accounts.signup("TRIAL");
        Account premium = Accounts.signup("PREMIUM");
        String trialModel = seeded(trial);
        String premiumModel = seeded(premium);
        // the first purge is on the job table from the model's creation: tomorrow, 02:00 UTC
        assertThat(pendingPurges(trial)).isEqualTo(1);

        clock.advance(Duration.ofDays(2));
        eventually(() -> {
            jobs.runDue("purge-test").await().atMost(Duration.ofSeconds(60));
            return sql.count("select count(*) from job where tenant_id = $1 and kind = 'analytics.purge' "
                    + "and status = 'DONE'", trial.tenantId()) == 1
                    && sql.count("select count(*) from job where tenant_id = $1 and kind = 'analytics.purge' "
                            + "and status = 'DONE'", premium.tenantId()) == 1;
        }, "both tenants' purge to run");

        // trial keeps 30 days: of 500/400/200/40/10 days old, only the 10-day-old prediction and anomaly
        assertThat(predictionAges(trial)).containsExactly(10);
        assertThat(ages("select day from analytics_prediction_day where tenant_id = $1", trial))
                .as("the per-day counts go with their predictions").containsExactly(10);
        assertThat(anomalyAges(trial)).containsExactly(10);
        // premium keeps a year
        assertThat(predictionAges(premium)).containsExactly(200, 40, 10);
        assertThat(anomalyAges(premium)).containsExactly(200, 40, 10);

        // versions: 1 (500 days), 2 (400 days, deployed), 3 (200 days), 4 (40 days), 5 (10 days, newest)
        assertThat(versionsWithState(trial)).containsExactly(2, 5);
        assertThat(versionsWithState(premium)).containsExactly(2, 3, 4, 5);
        assertThat(sql.count("select count(*) from analytics_model_version where tenant_id = $1 and metrics is not null",
                trial.tenantId())).as("each version's metrics stay as the accuracy history").isEqualTo(5);

        // a purged version can no longer be rolled back to; the deployed one still predicts
        trial.as().body(Map.of("version", 3)).post("/api/v1/analytics/models/" + trialModel + "/deploy").then()
                .statusCode(409).body("detail", containsString("data retention"));
        premium.as().body(Map.of("version", 3)).post("/api/v1/analytics/models/" + premiumModel + "/deploy").then()
                .statusCode(200);
        premium.as().post("/api/v1/analytics/models/" + premiumModel + "/retire").then().statusCode(200);
        trial.as().get("/api/v1/analytics/models/" + trialModel).then().statusCode(200);

        // each purge scheduled the tenant's next one
        assertThat(pendingPurges(trial)).isEqualTo(1);
        assertThat(pendingPurges(premium)).isEqualTo(1);
        // a broken chain is restored by the keeper
        sql.query("update job set status = 'CANCELLED' where tenant_id = $1 and kind = 'analytics.purge' "
                + "and status = 'PENDING'", trial.tenantId());
        keeper.restoreMissing().await().atMost(Duration.ofSeconds(30));
        assertThat(pendingPurges(trial)).isEqualTo(1);
    }

    /** A business, a model through the API, and its versions, predictions and anomalies at {@link #AGES}. */
    private String seeded(Account owner) {
        String business = Accounts.createBusiness(owner, "Keeping salon");
        String model = owner.as().body(Map.of("name", "revenue", "kind", "FORECAST", "target", "REVENUE",
                "businessId", business)).post("/api/v1/analytics/models").then().statusCode(201).extract().path("id");
        UUID modelId = UUID.fromString(model);
        Instant purgeDay = clock.instant().plus(Duration.ofDays(2));
        for (int i = 0; i < AGES.size(); i++) {
            Instant at = purgeDay.minus(Duration.ofDays(AGES.get(i)));
            sql.query("insert into analytics_model_version (id, tenant_id, model_id, number, status, reason, metrics, "
                    + "state, created_at, finished_at) values ($1, $2, $3, $4, 'TRAINED', 'MANUAL', '{}', $5, $6, $6)",
                    UUID.randomUUID(), owner.tenantId(), modelId, i + 1, state(), at.atOffset(ZoneOffset.UTC));
            sql.query("insert into analytics_prediction (id, tenant_id, model_id, version_number, inputs, prediction, "
                    + "value, actual, feedback_at, created_at) values ($1, $2, $3, 2, '{}', '100', 100, 90, $4, $4)",
                    UUID.randomUUID(), owner.tenantId(), modelId, at.atOffset(ZoneOffset.UTC));
            sql.query("insert into analytics_prediction_day (tenant_id, day, used) values ($1, $2, 1)", owner.tenantId(),
                    at.atOffset(ZoneOffset.UTC).toLocalDate());
            sql.query("insert into analytics_anomaly (id, tenant_id, business_id, metric, day, actual, expected, score, "
                    + "severity, status, created_at, updated_at) values ($1, $2, $3, 'REVENUE', $4, 1, 10, -9, 'HIGH', "
                    + "'OPEN', now(), now())", UUID.randomUUID(), owner.tenantId(), UUID.fromString(business),
                    at.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        sql.query("update analytics_model set status = 'DEPLOYED', deployed_version = 2 where tenant_id = $1 and id = $2",
                owner.tenantId(), modelId);
        return model;
    }

    private String state() {
        return "{\"level\":100}";
    }

    private List<Integer> predictionAges(Account owner) {
        return ages("select created_at::date as day from analytics_prediction where tenant_id = $1", owner);
    }

    private List<Integer> anomalyAges(Account owner) {
        return ages("select day from analytics_anomaly where tenant_id = $1", owner);
    }

    private List<Integer> ages(String query, Account owner) {
        var today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        return sql.query(query, owner.tenantId()).stream()
                .map(row -> (int) (today.toEpochDay() - row.getLocalDate("day").toEpochDay()))
                .sorted((a, b) -> b - a).toList();
    }

    private List<Integer> versionsWithState(Account owner) {
        return sql.query("select number from analytics_model_version where tenant_id = $1 and state is not null "
                + "order by number", owner.tenantId()).stream().map(row -> row.getInteger("number")).toList();
    }

    private long pendingPurges(Account owner) {
        return sql.count("select count(*) from job where tenant_id = $1 and kind = 'analytics.purge' "
                + "and status = 'PENDING'", owner.tenantId());
    }
}
