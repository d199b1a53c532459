package com.verticallight.tier;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CrmExportBatchRepository extends TenantScopedRepository<CrmExportBatch> {

    CrmExportBatchRepository() {
        super(CrmExportBatch.class);
    }
}
