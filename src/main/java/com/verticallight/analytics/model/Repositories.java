package com.verticallight.analytics.model;

import io.smallrye.mutiny.Uni;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The analytics tables, each through the tenant-scoped repository. */
public final class Repositories {

    private Repositories() {
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Models extends com.verticallight.platform.tenancy.TenantScopedRepository<AnalyticsModel> {
        public Models() {
            super(AnalyticsModel.class);
        }

        /**
         * The deployed models of a kind that serve a business: one per target, the business's own before the
         * tenant-wide one.
         */
        public Uni<List<AnalyticsModel>> servingBusiness(ModelKind kind, UUID businessId) {
            return list("kind = :k and status = :s and (businessId = :b or businessId is null)",
                    Map.of("k", kind, "s", ModelStatus.DEPLOYED, "b", businessId), null).map(found -> {
                        Map<String, AnalyticsModel> byTarget = new LinkedHashMap<>();
                        found.stream().sorted(Comparator.comparing((AnalyticsModel m) -> m.businessId == null))
                                .forEach(m -> byTarget.putIfAbsent(m.target, m));
                        return List.copyOf(byTarget.values());
                    });
        }
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Versions extends com.verticallight.platform.tenancy.TenantScopedRepository<ModelVersion> {
        public Versions() {
            super(ModelVersion.class);
        }
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Predictions extends com.verticallight.platform.tenancy.TenantScopedRepository<PredictionRecord> {
        public Predictions() {
            super(PredictionRecord.class);
        }
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Anomalies extends com.verticallight.platform.tenancy.TenantScopedRepository<Anomaly> {
        public Anomalies() {
            super(Anomaly.class);
        }
    }
}
