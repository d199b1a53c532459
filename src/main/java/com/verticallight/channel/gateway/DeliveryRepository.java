package com.verticallight.channel.gateway;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DeliveryRepository extends TenantScopedRepository<Delivery> {

    DeliveryRepository() {
        super(Delivery.class);
    }
}
