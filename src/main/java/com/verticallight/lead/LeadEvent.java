package com.verticallight.lead;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a lead, with its cause; a status change has both statuses. */
@Entity
@Table(name = "lead_event")
public class LeadEvent extends TenantOwned {

    @Column(name = "lead_id")
    public UUID leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public LeadStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public LeadStatus toStatus;

    public String cause;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "created_at")
    public Instant createdAt;
}
