package com.verticallight.workflow.definition;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WorkflowRepository extends TenantScopedRepository<Workflow> {

    WorkflowRepository() {
        super(Workflow.class);
    }
}
