package com.verticallight.tier;

import com.verticallight.tenant.TenantService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The one place that chooses the tier's implementation: by the current tenant's tier. */
@ApplicationScoped
public class TierSelector {

    @Inject
    TenantService tenants;

    @Inject
    @Any
    Instance<TierServices> implementations;

    public Uni<TierServices> current() {
        return tenants.current().map(tenant -> implementations.stream()
                .filter(services -> services.tier() == tenant.tier())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No TierServices for tier " + tenant.tier())));
    }
}
