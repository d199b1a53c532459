package com.verticallight.lead;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LeadEventRepository extends TenantScopedRepository<LeadEvent> {

    LeadEventRepository() {
        super(LeadEvent.class);
    }
}
