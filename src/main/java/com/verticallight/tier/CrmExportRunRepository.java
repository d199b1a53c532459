package com.verticallight.tier;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CrmExportRunRepository extends TenantScopedRepository<CrmExportRun> {

    CrmExportRunRepository() {
        super(CrmExportRun.class);
    }
}
