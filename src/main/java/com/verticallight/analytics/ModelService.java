package com.verticallight.analytics;

import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.i18n.Text;
import com.verticallight.analytics.AnalyticsViews.ModelRequest;
import com.verticallight.analytics.AnalyticsViews.ModelView;
import com.verticallight.analytics.AnalyticsViews.VersionView;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.ModelVersion;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Versions;
import com.verticallight.analytics.retention.RetentionPurge;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.Limit;
import com.verticallight.tenant.PlanLimits;
import com.verticallight.tenant.UsageCounter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The model registry: models, their versions, training (a durable job), deploying a version or rolling back to an
 * earlier one, retiring. Creating a model counts against the plan's AI models; training against trainings per day.
 */
@ApplicationScoped
public class ModelService implements UsageCounter {

    public static final String TRAIN_KIND = "analytics.train";

    private final Models models;
    private final Versions versions;
    private final PlanLimits planLimits;
    private final AnalyticsLimits limits;
    private final JobScheduler jobs;
    private final CurrentTenant tenant;
    private final DataChecks checks;
    private final DeployedModels deployed;
    private final ModelTicks ticks;
    private final RetentionPurge purge;
    private final Clock clock;
    private final ReaderLanguage reader;

    public ModelService(Models models, Versions versions, PlanLimits planLimits, AnalyticsLimits limits,
            JobScheduler jobs, CurrentTenant tenant, DataChecks checks, DeployedModels deployed, ModelTicks ticks,
            RetentionPurge purge, Clock clock, ReaderLanguage reader) {
        this.reader = reader;
        this.models = models;
        this.versions = versions;
        this.planLimits = planLimits;
        this.limits = limits;
        this.jobs = jobs;
        this.tenant = tenant;
        this.checks = checks;
        this.deployed = deployed;
        this.ticks = ticks;
        this.purge = purge;
        this.clock = clock;
    }

    @Override
    public Limit limit() {
        return Limit.AI_MODELS;
    }

    @Override
    public Uni<Long> currentUsage() {
        return models.count("status <> :retired", Map.of("retired", ModelStatus.RETIRED));
    }

    @WithTransaction
    public Uni<ModelView> create(ModelRequest request) {
        validate(request);
        return checks.requireBusiness(request.businessId())
                .chain(() -> planLimits.requireRoomForOneMore(Limit.AI_MODELS, this::currentUsage))
                .chain(() -> models.first("name = :name", Map.of("name", request.name())))
                .chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.invalid("name", Text.of("analytics.anotherModelHasName"));
                    }
                    Instant now = clock.instant();
                    AnalyticsModel m = new AnalyticsModel();
                    m.businessId = request.businessId();
                    m.name = request.name();
                    m.kind = request.kind();
                    m.algorithm = request.kind().algorithm();
                    m.target = request.target();
                    m.features = JsonText.write(featuresOf(request.kind(), request.target()));
                    m.trainingWindowDays = request.trainingWindowDays() != null ? request.trainingWindowDays()
                            : request.kind().learnsFromCustomers() ? 730 : 365;
                    m.retrainEveryDays = request.retrainEveryDays();
                    m.driftThreshold = request.driftThreshold();
                    m.predictionThreshold = request.predictionThreshold();
                    m.status = ModelStatus.DRAFT;
                    m.createdBy = tenant.userId().orElse(null);
                    m.createdAt = now;
                    m.updatedAt = now;
                    return models.add(m).call(purge::scheduleNext);
                })
                .map(m -> Views.model(m, null, null));
    }

    private static void validate(ModelRequest request) {
        if (!request.kind().targets().contains(request.target())) {
            throw ProblemException.invalid("target", Text.of("analytics.targetOfKind",
                    Map.of("kind", request.kind().name(), "targets", request.kind().targets().toString())));
        }
        if (request.algorithm() != null && !request.algorithm().equals(request.kind().algorithm())) {
            throw ProblemException.invalid("algorithm", Text.of("analytics.algorithmOfKind",
                    Map.of("kind", request.kind().name(), "algorithm", request.kind().algorithm())));
        }
    }

    static List<String> featuresOf(ModelKind kind, String target) {
        return switch (kind) {
            case CLASSIFICATION -> com.verticallight.analytics.churn.ChurnFeatures.NAMES;
            case FORECAST -> List.of("daily_" + target.toLowerCase(), "weekday", "trend");
            case ANOMALY -> List.of("daily_" + target.toLowerCase(), "weekday");
            case REGRESSION -> com.verticallight.analytics.churn.ChurnFeatures.NAMES;
            case CLUSTERING -> com.verticallight.analytics.segment.SegmentTrainer.FEATURES;
        };
    }

    @WithSession
    public Uni<List<ModelView>> list() {
        return models.listAll("createdAt desc").chain(all -> Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(this::view).collect().asList());
    }

    @WithSession
    public Uni<ModelView> get(UUID id) {
        return models.getById(id, "Model").chain(this::view);
    }

    private Uni<ModelView> view(AnalyticsModel m) {
        return versions.list("modelId = :id", Map.of("id", m.id), "number desc").chain(all -> reader.current()
                .map(locale -> Views.model(m, all.isEmpty() ? null : all.get(0),
                        all.stream().filter(v -> m.deployedVersion != null && v.number == m.deployedVersion
                                && m.status == ModelStatus.DEPLOYED).findFirst().orElse(null), locale)));
    }

    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return models.getById(id, "Model").chain(m -> ticks.cancel(m.id).chain(() -> models.remove(m))
                .invoke(() -> deployed.forget(m.id)));
    }

    /** Starts a training as a durable job; {@code retrain}: deploy the result only if it beats the serving one. */
    @WithTransaction
    public Uni<VersionView> train(UUID id, boolean retrain) {
        return models.getById(id, "Model").chain(m -> {
            if (m.status == ModelStatus.RETIRED) {
                throw ProblemException.conflict(Text.of("analytics.modelRetired"));
            }
            if (retrain && m.deployedVersion == null) {
                throw ProblemException.conflict(Text.of("analytics.nothingDeployedCompareWithTrain"));
            }
            return versions.first("modelId = :id and status in ('QUEUED', 'RUNNING')", Map.of("id", m.id))
                    .chain(running -> {
                        if (running != null) {
                            throw ProblemException.conflict(Text.of("analytics.versionTraining", Map.of("number", running.number)));
                        }
                        return limits.requireTraining(tenant.id());
                    })
                    .chain(() -> checks.requireEnough(m))
                    .chain(() -> startTraining(m, retrain ? "SCHEDULE" : "MANUAL", tenant.userId().orElse(null)));
        }).map(pair -> Views.version(pair.version(), pair.model()));
    }

    record Started(AnalyticsModel model, ModelVersion version) {
    }

    /** A new QUEUED version and its job, in the caller's transaction. */
    Uni<Started> startTraining(AnalyticsModel m, String reason, UUID by) {
        return versions.list("modelId = :id", Map.of("id", m.id), "number desc").chain(all -> {
            ModelVersion v = new ModelVersion();
            v.id = UUID.randomUUID();
            v.modelId = m.id;
            v.number = all.isEmpty() ? 1 : all.get(0).number + 1;
            v.status = "QUEUED";
            v.reason = reason;
            v.createdBy = by;
            v.createdAt = clock.instant();
            m.status = m.status == ModelStatus.DEPLOYED ? ModelStatus.DEPLOYED : ModelStatus.TRAINING;
            m.updatedAt = v.createdAt;
            return versions.add(v).chain(() -> jobs.schedule(new JobRequest(TRAIN_KIND,
                    JsonText.write(Map.of("versionId", v.id.toString())), clock.instant(), "analytics-train:" + v.id,
                    "analytics-train:" + v.id, 2)))
                    .chain(job -> {
                        v.jobId = job.id;
                        return versions.flush(v);
                    })
                    .map(saved -> new Started(m, saved));
        });
    }

    @WithSession
    public Uni<List<VersionView>> versions(UUID id) {
        return models.getById(id, "Model").chain(m -> versions.list("modelId = :id", Map.of("id", m.id),
                "number desc").chain(all -> reader.current()
                        .map(locale -> all.stream().map(v -> Views.version(v, m, locale)).toList())));
    }

    @WithSession
    public Uni<VersionView> version(UUID id, int number) {
        return models.getById(id, "Model").chain(m -> version(m, number)
                .chain(v -> reader.current().map(locale -> Views.version(v, m, locale))));
    }

    private Uni<ModelVersion> version(AnalyticsModel m, int number) {
        return versions.first("modelId = :id and number = :number", Map.of("id", m.id, "number", number))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Version"));
    }

    /** Cancels a queued or running training: its job is cancelled and a result arriving later is discarded. */
    @WithTransaction
    public Uni<VersionView> cancel(UUID id, int number) {
        return models.getById(id, "Model").chain(m -> version(m, number).chain(v -> {
            if (!v.status.equals("QUEUED") && !v.status.equals("RUNNING")) {
                throw ProblemException.conflict(Text.of("analytics.cancelOnlyRunning",
                        Map.of("number", number, "status", v.status)));
            }
            v.status = "CANCELLED";
            v.finishedAt = clock.instant();
            v.error = "Cancelled";
            return jobs.cancelAll("analytics-train:" + v.id).chain(() -> settle(m)).chain(() -> versions.flush(v))
                    .map(saved -> Views.version(saved, m));
        }));
    }

    /** The model's status once no training is running: DEPLOYED, else TRAINED if a version is, else FAILED/DRAFT. */
    Uni<AnalyticsModel> settle(AnalyticsModel m) {
        if (m.status == ModelStatus.DEPLOYED || m.status == ModelStatus.RETIRED) {
            return Uni.createFrom().item(m);
        }
        return versions.list("modelId = :id", Map.of("id", m.id), "number desc").map(all -> {
            boolean trained = all.stream().anyMatch(v -> v.status.equals("TRAINED"));
            boolean failed = !all.isEmpty() && all.get(0).status.equals("FAILED");
            m.status = trained ? ModelStatus.TRAINED : failed ? ModelStatus.FAILED : ModelStatus.DRAFT;
            m.updatedAt = clock.instant();
            return m;
        });
    }

    /** Serves this version (deploy, or roll back to an earlier one). */
    @WithTransaction
    public Uni<ModelView> deploy(UUID id, int number) {
        return models.getById(id, "Model").chain(m -> version(m, number).chain(v -> {
            if (!v.status.equals("TRAINED")) {
                throw ProblemException.conflict(Text.of("analytics.deployOnlyTrained",
                        Map.of("number", number, "status", v.status)));
            }
            if (v.state == null) {
                throw ProblemException.conflict(Text.of("analytics.stateRemoved",
                        Map.of("number", number)));
            }
            if (m.status == ModelStatus.RETIRED) {
                throw ProblemException.conflict(Text.of("analytics.modelRetired"));
            }
            m.deployedVersion = number;
            m.status = ModelStatus.DEPLOYED;
            m.updatedAt = clock.instant();
            return ticks.schedule(m).chain(() -> models.flush(m)).invoke(() -> deployed.forget(m.id));
        })).chain(this::view);
    }

    @WithTransaction
    public Uni<ModelView> retire(UUID id) {
        return models.getById(id, "Model").chain(m -> {
            m.status = ModelStatus.RETIRED;
            m.updatedAt = clock.instant();
            return ticks.cancel(m.id).chain(() -> models.flush(m)).invoke(() -> deployed.forget(m.id));
        }).chain(this::view);
    }
}
