package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TenantBaselineRepository extends TenantScopedRepository<TenantTaskBaseline> {

    TenantBaselineRepository() {
        super(TenantTaskBaseline.class);
    }
}
