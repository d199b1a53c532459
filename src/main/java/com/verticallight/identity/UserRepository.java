package com.verticallight.identity;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UserRepository extends TenantScopedRepository<AppUser> {

    UserRepository() {
        super(AppUser.class);
    }
}
