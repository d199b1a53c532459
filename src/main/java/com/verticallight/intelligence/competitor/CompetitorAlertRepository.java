package com.verticallight.intelligence.competitor;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetitorAlertRepository extends TenantScopedRepository<CompetitorAlert> {

    CompetitorAlertRepository() {
        super(CompetitorAlert.class);
    }
}
