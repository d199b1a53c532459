package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TenantHourlyRateRepository extends TenantScopedRepository<TenantHourlyRate> {

    TenantHourlyRateRepository() {
        super(TenantHourlyRate.class);
    }
}
