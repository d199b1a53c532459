package com.verticallight.payment;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PaymentRequestRepository extends TenantScopedRepository<PaymentRequest> {

    PaymentRequestRepository() {
        super(PaymentRequest.class);
    }
}
