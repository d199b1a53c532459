package com.verticallight.identity;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ApiKeyRepository extends TenantScopedRepository<ApiKey> {

    ApiKeyRepository() {
        super(ApiKey.class);
    }
}
