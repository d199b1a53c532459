package com.verticallight.content.bot;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OwnDateRepository extends TenantScopedRepository<OwnDate> {

    OwnDateRepository() {
        super(OwnDate.class);
    }
}
