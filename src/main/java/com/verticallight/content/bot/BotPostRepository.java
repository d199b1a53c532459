package com.verticallight.content.bot;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class BotPostRepository extends TenantScopedRepository<BotPost> {

    BotPostRepository() {
        super(BotPost.class);
    }
}
