package com.verticallight.business;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BusinessRepository extends TenantScopedRepository<Business> {

    BusinessRepository() {
        super(Business.class);
    }
}
