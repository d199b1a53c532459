package com.verticallight.analytics.model;

/** The analytics tables, each through the tenant-scoped repository. */
public final class Repositories {

    private Repositories() {
    }

    @jakarta.enterprise.context.ApplicationScoped
    public static class Models extends com.verticallight.platform.tenancy.TenantScopedRepository<AnalyticsModel> {
        public Models() {
            super(AnalyticsModel.class);
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
