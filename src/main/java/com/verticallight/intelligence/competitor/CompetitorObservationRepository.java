package com.verticallight.intelligence.competitor;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetitorObservationRepository extends TenantScopedRepository<CompetitorObservation> {

    CompetitorObservationRepository() {
        super(CompetitorObservation.class);
    }
}
