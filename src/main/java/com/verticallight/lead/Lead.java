package com.verticallight.lead;

import com.verticallight.execution.TextListColumn;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An enquiry from a contact to one business, classified by the business's rules. */
@Entity
@Table(name = "lead")
public class Lead extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "contact_id")
    public UUID contactId;

    @Enumerated(EnumType.STRING)
    public LeadSource source;

    @Enumerated(EnumType.STRING)
    public LeadStatus status;

    @Enumerated(EnumType.STRING)
    public LeadPriority priority;

    @Convert(converter = TextListColumn.class)
    public List<String> labels;

    @Convert(converter = RuleMatchesColumn.class)
    @Column(name = "matched_rules")
    public List<RuleMatch> matchedRules;

    public String message;

    @Column(name = "value_minor")
    public Long valueMinor;

    @Column(name = "external_ref")
    public String externalRef;

    @Column(name = "reply_channel")
    public String replyChannel;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
