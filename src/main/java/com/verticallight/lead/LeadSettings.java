package com.verticallight.lead;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A business's own lead rules and follow-up sequence; a null list means the defaults. */
@Entity
@Table(name = "lead_settings")
public class LeadSettings extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Convert(converter = LeadRule.ListColumn.class)
    public List<LeadRule> rules;

    @Convert(converter = FollowUpStep.ListColumn.class)
    @Column(name = "follow_ups")
    public List<FollowUpStep> followUps;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
