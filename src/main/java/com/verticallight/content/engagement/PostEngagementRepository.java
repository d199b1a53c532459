package com.verticallight.content.engagement;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PostEngagementRepository extends TenantScopedRepository<PostEngagement> {

    PostEngagementRepository() {
        super(PostEngagement.class);
    }
}
