package com.verticallight.lead;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class LeadRepository extends TenantScopedRepository<Lead> {

    LeadRepository() {
        super(Lead.class);
    }
}
