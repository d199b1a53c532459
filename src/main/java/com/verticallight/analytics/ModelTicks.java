package com.verticallight.analytics;

import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.ModelVersion;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Versions;
import com.verticallight.job.JobHandler;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The daily job of each deployed model (kind analytics.model_tick, one pending per model, correlation
 * analytics-model:<id>): an anomaly model detects on its series; a forecast or churn model gets its live error
 * checked (drift) and is retrained when its schedule is due or its live error drifted past the threshold; the
 * retraining deploys only a better version. Then it schedules the next day.
 */
@ApplicationScoped
public class ModelTicks implements JobHandler {

    public static final String KIND = "analytics.model_tick";

    private final JobScheduler jobs;
    private final Models models;
    private final Versions versions;
    private final Clock clock;

    public ModelTicks(JobScheduler jobs, Models models, Versions versions, Clock clock) {
        this.jobs = jobs;
        this.models = models;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Schedules the model's next daily run (in the caller's transaction). */
    public Uni<Void> schedule(AnalyticsModel m) {
        Instant at = clock.instant().plus(Duration.ofDays(1));
        return jobs.schedule(new JobRequest(KIND, JsonText.write(Map.of("modelId", m.id.toString())), at,
                "analytics-tick:" + m.id + ":" + at.toString().substring(0, 10), correlation(m.id), 3)).replaceWithVoid();
    }

    public Uni<Integer> cancel(UUID modelId) {
        return jobs.cancelAll(correlation(modelId));
    }

    private static String correlation(UUID modelId) {
        return "analytics-model:" + modelId;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        UUID modelId = UUID.fromString(JsonText.tree(job.payload()).path("modelId").asText());
        return Panache.withSession(() -> models.findById(modelId)).chain(m -> {
            if (m == null || m.status != ModelStatus.DEPLOYED) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> work = m.kind == ModelKind.ANOMALY
                    ? Arc.container().instance(AnomalyService.class).get().detectFor(m).replaceWithVoid()
                    : Arc.container().instance(Performance.class).get().retrainIfDue(m);
            return work.chain(() -> Panache.withTransaction(() -> models.findById(modelId)
                    .chain(fresh -> fresh != null && fresh.status == ModelStatus.DEPLOYED ? schedule(fresh)
                            : Uni.createFrom().voidItem())));
        });
    }

    /** The newest version of a model, if any (in the caller's session). */
    Uni<ModelVersion> latest(UUID modelId) {
        return versions.list("modelId = :id", Map.of("id", modelId), "number desc")
                .map(all -> all.isEmpty() ? null : all.get(0));
    }
}
