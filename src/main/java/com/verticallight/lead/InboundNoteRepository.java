package com.verticallight.lead;

import com.verticallight.platform.tenancy.TenantScopedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InboundNoteRepository extends TenantScopedRepository<InboundNote> {

    InboundNoteRepository() {
        super(InboundNote.class);
    }
}
