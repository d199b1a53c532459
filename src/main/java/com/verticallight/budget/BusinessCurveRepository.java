package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BusinessCurveRepository extends TenantScopedRepository<BusinessCurve> {

    BusinessCurveRepository() {
        super(BusinessCurve.class);
    }
}
