package com.verticallight.billing;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InvoiceRepository extends TenantScopedRepository<Invoice> {

    InvoiceRepository() {
        super(Invoice.class);
    }
}
