package com.verticallight.analytics;

import com.verticallight.analytics.AnalyticsViews.LivePerformance;
import com.verticallight.analytics.AnalyticsViews.PerformanceView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.ModelVersion;
import com.verticallight.analytics.model.PredictionRecord;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Predictions;
import com.verticallight.analytics.model.Repositories.Versions;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Holdout metrics per version and live accuracy of the serving version from feedback: for a forecast, the mean
 * absolute error of predictions whose actual arrived (from feedback, or filled in from the day's data); for churn,
 * the share of predictions marked correct. Drift: live error above drift threshold (default 1.5) x holdout error,
 * with at least 5 predictions with feedback.
 */
@ApplicationScoped
public class Performance {

    static final double DEFAULT_DRIFT = 1.5;
    static final int MIN_FEEDBACK = 5;

    private final Models models;
    private final Versions versions;
    private final Predictions predictions;
    private final DataChecks checks;
    private final TenantData data;
    private final ModelService service;
    private final Clock clock;

    public Performance(Models models, Versions versions, Predictions predictions, DataChecks checks, TenantData data,
            ModelService service, Clock clock) {
        this.models = models;
        this.versions = versions;
        this.predictions = predictions;
        this.checks = checks;
        this.data = data;
        this.service = service;
        this.clock = clock;
    }

    @WithSession
    public Uni<PerformanceView> of(UUID modelId) {
        return models.getById(modelId, "Model").chain(m -> versions.list("modelId = :id", Map.of("id", m.id),
                "number desc").chain(all -> live(m, all).map(live -> new PerformanceView(m.id, m.deployedVersion,
                        all.stream().map(v -> Views.version(v, m)).toList(), live))));
    }

    private Uni<LivePerformance> live(AnalyticsModel m, List<ModelVersion> all) {
        if (m.deployedVersion == null) {
            return Uni.createFrom().item(new LivePerformance(0, 0, null, null, null, null, false));
        }
        ModelVersion serving = all.stream().filter(v -> v.number == m.deployedVersion).findFirst().orElse(null);
        return predictions.list("modelId = :id and versionNumber = :n", Map.of("id", m.id, "n", m.deployedVersion),
                "createdAt").map(list -> summarise(m, serving, list));
    }

    static LivePerformance summarise(AnalyticsModel m, ModelVersion serving, List<PredictionRecord> list) {
        List<PredictionRecord> judged = list.stream().filter(p -> p.correct != null || p.actual != null).toList();
        Double accuracy = null;
        Double mae = null;
        Double holdoutError = null;
        Double liveError = null;
        Map<String, Object> metrics = serving == null ? null : Views.map(serving.metrics);
        if (m.kind == ModelKind.FORECAST || m.kind == ModelKind.REGRESSION) {
            List<PredictionRecord> withActual = judged.stream().filter(p -> p.actual != null).toList();
            mae = withActual.isEmpty() ? null
                    : withActual.stream().mapToDouble(p -> Math.abs(p.actual - p.value)).average().orElse(0);
            holdoutError = metrics == null ? null : ((Number) metrics.get("mae")).doubleValue();
            liveError = mae;
        } else if (m.kind == ModelKind.CLASSIFICATION) {
            List<PredictionRecord> marked = judged.stream().filter(p -> p.correct != null).toList();
            accuracy = marked.isEmpty() ? null : marked.stream().filter(p -> p.correct).count() / (double) marked.size();
            holdoutError = metrics == null || metrics.get("accuracy") == null ? null
                    : 1 - ((Number) metrics.get("accuracy")).doubleValue();
            liveError = accuracy == null ? null : 1 - accuracy;
        }
        double threshold = m.driftThreshold == null ? DEFAULT_DRIFT : m.driftThreshold;
        boolean drifting = judged.size() >= MIN_FEEDBACK && liveError != null && holdoutError != null
                && liveError > threshold * Math.max(holdoutError, 1e-9);
        return new LivePerformance(list.size(), judged.size(), accuracy, mae, holdoutError, liveError, drifting);
    }

    /**
     * The daily check of a deployed forecast or churn model: fills in forecasts' actuals from the data, then retrains
     * (deploying only if better) when the schedule is due or the live error drifted.
     */
    public Uni<Void> retrainIfDue(AnalyticsModel m) {
        return fillActuals(m).chain(() -> Panache.withTransaction(() -> models.findById(m.id).chain(fresh ->
                versions.list("modelId = :id", Map.of("id", m.id), "number desc").chain(all -> live(fresh, all)
                        .chain(live -> {
                            String reason = reason(fresh, all, live);
                            if (reason == null || all.stream().anyMatch(v -> v.status.equals("QUEUED")
                                    || v.status.equals("RUNNING"))) {
                                return Uni.createFrom().voidItem();
                            }
                            return service.startTraining(fresh, reason, null).replaceWithVoid();
                        })))))
                .onFailure(com.verticallight.platform.problem.ProblemException.class).recoverWithNull()
                .replaceWithVoid();
    }

    private String reason(AnalyticsModel m, List<ModelVersion> all, LivePerformance live) {
        if (live.drifting()) {
            return "DRIFT";
        }
        if (m.retrainEveryDays == null || all.isEmpty()) {
            return null;
        }
        boolean due = all.get(0).createdAt.plus(Duration.ofDays(m.retrainEveryDays)).isBefore(clock.instant()
                .plusSeconds(60));
        return due ? "SCHEDULE" : null;
    }

    /** A forecast's actual is the day's value once the day is over. */
    private Uni<Void> fillActuals(AnalyticsModel m) {
        if (m.kind != ModelKind.FORECAST) {
            return Uni.createFrom().voidItem();
        }
        return checks.scope(m.tenantId, m.businessId).chain(place -> Panache.withTransaction(() -> predictions.list(
                "modelId = :id and actual is null and targetDate < :today", Map.of("id", m.id, "today", place.today()),
                "targetDate").chain(open -> {
                    if (open.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    var from = open.get(0).targetDate;
                    return data.series(place.scope(), m.target, from, place.today().minusDays(1))
                            .invoke(series -> open.forEach(p -> {
                                int i = (int) java.time.temporal.ChronoUnit.DAYS.between(series.first(), p.targetDate);
                                p.actual = i >= 0 && i < series.days() ? series.values()[i] : 0.0;
                                p.feedbackAt = clock.instant();
                            })).replaceWithVoid();
                })));
    }

    static boolean isDeployed(AnalyticsModel m) {
        return m.status == ModelStatus.DEPLOYED;
    }
}
