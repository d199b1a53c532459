package com.verticallight.job;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class JobRepository extends TenantScopedRepository<Job> {

    JobRepository() {
        super(Job.class);
    }
}
