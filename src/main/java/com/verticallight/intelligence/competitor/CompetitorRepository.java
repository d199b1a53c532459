package com.verticallight.intelligence.competitor;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CompetitorRepository extends TenantScopedRepository<Competitor> {

    CompetitorRepository() {
        super(Competitor.class);
    }
}
