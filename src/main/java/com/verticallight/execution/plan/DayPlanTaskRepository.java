package com.verticallight.execution.plan;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DayPlanTaskRepository extends TenantScopedRepository<DayPlanTask> {

    DayPlanTaskRepository() {
        super(DayPlanTask.class);
    }
}
