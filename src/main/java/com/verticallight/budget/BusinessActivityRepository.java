package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BusinessActivityRepository extends TenantScopedRepository<BusinessActivity> {

    BusinessActivityRepository() {
        super(BusinessActivity.class);
    }
}
