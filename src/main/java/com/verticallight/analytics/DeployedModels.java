package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.forecast.ForecastState;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelKind;
import com.verticallight.analytics.model.Repositories.Versions;
import com.verticallight.analytics.segment.SegmentModel;
import com.verticallight.analytics.spend.SpendModel;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The learned state of deployed versions, kept in memory per model and version so a prediction does not parse
 * stored JSON again. Keyed by model id and checked against the model row read in the same request (tenant and
 * deployed version), so a stale entry is never used; deploy, retire and training results drop the entry.
 */
@ApplicationScoped
public class DeployedModels {

    private final Versions versions;
    private final Map<UUID, Loaded> cache = new ConcurrentHashMap<>();

    public DeployedModels(Versions versions) {
        this.versions = versions;
    }

    /** A deployed version ready to predict: a {@link ForecastState} or a {@link ChurnModel}. */
    public record Loaded(UUID tenantId, UUID modelId, int version, ModelKind kind, Object state) {
    }

    /** The serving version of a deployed model of the current tenant (read in the caller's session, or a new one). */
    public Uni<Loaded> of(AnalyticsModel m) {
        Loaded hit = cache.get(m.id);
        if (hit != null && hit.tenantId().equals(m.tenantId) && hit.version() == m.deployedVersion) {
            return Uni.createFrom().item(hit);
        }
        return Panache.withSession(() -> load(m));
    }

    private Uni<Loaded> load(AnalyticsModel m) {
        return versions.first("modelId = :id and number = :n", Map.of("id", m.id, "n", m.deployedVersion))
                .map(v -> {
                    if (v == null || v.state == null) {
                        throw ProblemException.conflict(Text.of("analytics.deployedVersionHasNoTrained"));
                    }
                    Object state = switch (m.kind) {
                        case FORECAST -> JsonText.read(v.state, ForecastState.class);
                        case CLASSIFICATION -> JsonText.read(v.state, ChurnModel.class);
                        case ANOMALY -> JsonText.tree(v.state);
                        case REGRESSION -> JsonText.read(v.state, SpendModel.class);
                        case CLUSTERING -> JsonText.read(v.state, SegmentModel.class);
                    };
                    Loaded loaded = new Loaded(m.tenantId, m.id, v.number, m.kind, state);
                    cache.put(m.id, loaded);
                    return loaded;
                });
    }

    public void forget(UUID modelId) {
        cache.remove(modelId);
    }
}
