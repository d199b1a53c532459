package com.verticallight.workflow.definition;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class WorkflowVersionRepository extends TenantScopedRepository<WorkflowVersion> {

    WorkflowVersionRepository() {
        super(WorkflowVersion.class);
    }
}
