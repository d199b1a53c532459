package com.verticallight.analytics;

import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.forecast.ForecastState;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.ModelVersion;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Versions;
import com.verticallight.analytics.segment.SegmentModel;
import com.verticallight.analytics.spend.SpendModel;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Trains one version: marks it RUNNING, reads the data, fits on a worker thread (never the event loop) within the
 * time limit, then stores the result in one transaction unless the training was cancelled meanwhile. A retraining
 * (schedule or drift) deploys the new version only if it beats the serving one on the same holdout.
 */
@ApplicationScoped
public class TrainingJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(TrainingJob.class);
    /** Written when a training ends (TRAINED or FAILED). */
    public static final String TRAINED_TOPIC = "analytics.model_trained";

    private final Models models;
    private final Versions versions;
    private final DataChecks checks;
    private final ModelService service;
    private final DeployedModels deployed;
    private final Vertx vertx;
    private final Clock clock;
    private final TrainingLimit limit;
    private final AnomalyLabels labels;

    public TrainingJob(Models models, Versions versions, DataChecks checks, ModelService service,
            DeployedModels deployed, Vertx vertx, Clock clock, TrainingLimit limit, AnomalyLabels labels) {
        this.models = models;
        this.versions = versions;
        this.checks = checks;
        this.service = service;
        this.deployed = deployed;
        this.vertx = vertx;
        this.clock = clock;
        this.limit = limit;
        this.labels = labels;
    }

    @Override
    public String kind() {
        return ModelService.TRAIN_KIND;
    }

    private record Work(AnalyticsModel model, ModelVersion version, String servingState) {
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        UUID versionId = UUID.fromString(JsonText.tree(job.payload()).path("versionId").asText());
        Duration timeLimit = limit.limit();
        long started = System.nanoTime();
        return Panache.withTransaction(() -> start(versionId)).chain(work -> work == null
                ? Uni.createFrom().voidItem()
                : checks.load(work.model())
                        .invoke(() -> requireWithin(started, timeLimit))
                        .chain(input -> vertx.executeBlocking(Uni.createFrom().item(() -> fit(work, input)))
                                .ifNoItem().after(remaining(started, timeLimit)).failWith(TimeoutException::new))
                        .call(result -> withLabels(work.model(), result))
                        .invoke(() -> requireWithin(started, timeLimit))
                        .chain(result -> Panache.withTransaction(() -> finish(versionId, result, null)))
                        .onFailure().recoverWithUni(failure -> Panache.withTransaction(
                                () -> finish(versionId, null, reason(failure, timeLimit)))));
    }

    /**
     * The limit holds from the job's start to its result: checked before fitting and when the result arrives (a
     * result that came too late is not kept), and a timer stops waiting for a fit that runs past it. The timer
     * covers the fit only (a worker thread), never a database read, so no session is cut off midway.
     */
    private static void requireWithin(long startedNanos, Duration timeLimit) {
        if (System.nanoTime() - startedNanos >= timeLimit.toNanos()) {
            throw new TimeoutException();
        }
    }

    private static Duration remaining(long startedNanos, Duration timeLimit) {
        long left = timeLimit.toNanos() - (System.nanoTime() - startedNanos);
        return Duration.ofNanos(Math.max(left, Duration.ofMillis(1).toNanos()));
    }

    /** An anomaly model's version stores the detector's precision from the tenant's labels on its metric. */
    private Uni<Void> withLabels(AnalyticsModel m, Training.Result result) {
        if (m.kind != com.verticallight.analytics.model.ModelKind.ANOMALY) {
            return Uni.createFrom().voidItem();
        }
        return labels.figures(m.tenantId, m.businessId, m.target)
                .invoke(figures -> result.metrics().put("labelled", figures.asMap())).replaceWithVoid();
    }

    private Uni<Work> start(UUID versionId) {
        return versions.findById(versionId).chain(v -> {
            if (v == null || !(v.status.equals("QUEUED") || v.status.equals("RUNNING"))) {
                return Uni.createFrom().nullItem();
            }
            v.status = "RUNNING";
            v.progress = 10;
            v.startedAt = clock.instant();
            return models.getById(v.modelId, "Model").chain(m -> serving(m)
                    .map(state -> new Work(m, v, state)));
        });
    }

    private Uni<String> serving(AnalyticsModel m) {
        if (m.deployedVersion == null || m.status != ModelStatus.DEPLOYED) {
            return Uni.createFrom().nullItem();
        }
        return versions.first("modelId = :id and number = :n", Map.of("id", m.id, "n", m.deployedVersion))
                .map(v -> v == null ? null : v.state);
    }

    private Training.Result fit(Work work, DataChecks.Input input) {
        AnalyticsModel m = work.model();
        return switch (m.kind) {
            case FORECAST -> Training.forecast(m.target, input.series(), input.festivals(), work.servingState() == null
                    ? null
                    : JsonText.read(work.servingState(), ForecastState.class));
            case CLASSIFICATION -> Training.churn(input.visits(), input.today(), work.servingState() == null ? null
                    : JsonText.read(work.servingState(), ChurnModel.class));
            case ANOMALY -> Training.anomaly(m.target, input.series());
            case REGRESSION -> CustomerTraining.spend(input.visits(), input.today(), work.servingState() == null
                    ? null : JsonText.read(work.servingState(), SpendModel.class));
            case CLUSTERING -> CustomerTraining.segments(input.visits(), input.today(), input.currency(),
                    work.servingState() == null ? null : JsonText.read(work.servingState(), SegmentModel.class));
        };
    }

    private static String reason(Throwable failure, Duration timeLimit) {
        if (failure instanceof TimeoutException) {
            return "The training took longer than its time limit of " + TrainingLimit.words(timeLimit);
        }
        if (failure instanceof ProblemException problem) {
            return problem.problem().detail();
        }
        LOG.warnf(failure, "Training failed");
        return "The training failed: " + failure.getMessage();
    }

    private Uni<Void> finish(UUID versionId, Training.Result result, String error) {
        return versions.findById(versionId).chain(v -> {
            if (v == null || !v.status.equals("RUNNING")) {
                return Uni.createFrom().voidItem(); // cancelled meanwhile: the result is discarded
            }
            v.finishedAt = clock.instant();
            v.progress = 100;
            return models.getById(v.modelId, "Model").chain(m -> {
                if (result == null) {
                    v.status = "FAILED";
                    v.error = error;
                    return versions.flush(v).chain(() -> service.settle(m)).chain(() -> trained(m, v)).replaceWithVoid();
                }
                v.status = "TRAINED";
                v.state = JsonText.write(result.state());
                v.metrics = JsonText.write(result.metrics());
                v.dataFrom = result.dataFrom();
                v.dataTo = result.dataTo();
                v.rowCount = result.rows();
                decide(m, v, result);
                return versions.flush(v).chain(() -> service.settle(m)).invoke(() -> deployed.forget(m.id))
                        .chain(() -> trained(m, v)).replaceWithVoid();
            });
        });
    }

    /** The training's end, for the notification centre and workflows, in the same transaction as the version. */
    private Uni<Void> trained(AnalyticsModel m, ModelVersion v) {
        return Outbox.emit(m.tenantId, TRAINED_TOPIC, Outbox.payload("modelId", m.id, "name", m.name, "kind", m.kind,
                "version", v.number, "status", v.status, "error", v.error, "deployedVersion", m.deployedVersion,
                "reason", v.reason), clock.instant());
    }

    /** A retraining replaces the serving version only when it is strictly better on the same holdout. */
    private void decide(AnalyticsModel m, ModelVersion v, Training.Result result) {
        Map<String, Object> decision = new LinkedHashMap<>();
        boolean retraining = !v.reason.equals("MANUAL");
        boolean better = result.beatsCurrent();
        decision.put("comparedWithVersion", m.status == ModelStatus.DEPLOYED ? m.deployedVersion : null);
        decision.put("metric", result.metrics().getOrDefault("decisionMetric", result.higherIsBetter() ? "auc" : "mae"));
        decision.put("newVersion", result.holdoutError());
        decision.put("servingVersion", result.currentHoldoutError());
        decision.put("better", better);
        boolean deploy = retraining && better && m.status == ModelStatus.DEPLOYED;
        decision.put("deployed", deploy);
        if (deploy) {
            m.deployedVersion = v.number;
            m.updatedAt = clock.instant();
        }
        v.decision = JsonText.write(decision);
    }
}
