package com.verticallight.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** Every row that belongs to a tenant; only {@link TenantScopedRepository} reads and writes them. */
@MappedSuperclass
public abstract class TenantOwned {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public UUID tenantId;
}
