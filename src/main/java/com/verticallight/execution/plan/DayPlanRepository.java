package com.verticallight.execution.plan;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DayPlanRepository extends TenantScopedRepository<DayPlan> {

    DayPlanRepository() {
        super(DayPlan.class);
    }
}
