package com.verticallight.review;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewRepository extends TenantScopedRepository<Review> {

    ReviewRepository() {
        super(Review.class);
    }
}
