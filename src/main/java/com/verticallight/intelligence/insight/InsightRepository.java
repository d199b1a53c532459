package com.verticallight.intelligence.insight;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InsightRepository extends TenantScopedRepository<Insight> {

    InsightRepository() {
        super(Insight.class);
    }
}
