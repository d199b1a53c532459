package com.verticallight.billing;

import com.verticallight.billing.BillingViews.InvoiceView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The current tenant's invoices, newest first. */
@ApplicationScoped
public class InvoiceService {

    static final int MAX_LIST = 500;

    @Inject
    InvoiceRepository invoices;

    @WithSession
    public Uni<List<InvoiceView>> list() {
        return invoices.page(null, Map.of(), "issuedAt desc, sequence desc", 0, MAX_LIST)
                .map(found -> found.stream().map(InvoiceView::of).toList());
    }

    @WithSession
    public Uni<InvoiceView> get(UUID id) {
        return invoices.getById(id, "Invoice").map(InvoiceView::of);
    }
}
