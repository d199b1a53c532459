package com.verticallight.lead;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LeadSettingsRepository extends TenantScopedRepository<LeadSettings> {

    LeadSettingsRepository() {
        super(LeadSettings.class);
    }
}
