package com.verticallight.workflow.definition;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "workflow")
public class Workflow extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    public String name;

    public String description;

    /** The draft definition, as JSON. */
    public String draft;

    @Enumerated(EnumType.STRING)
    public WorkflowStatus status;

    @Column(name = "published_version")
    public Integer publishedVersion;

    @Column(name = "trigger_type")
    public String triggerType;

    @Column(name = "trigger_event")
    public String triggerEvent;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** Published and not paused: it starts executions, and counts against the plan's workflows. */
    public boolean isActive() {
        return publishedVersion != null && status == WorkflowStatus.ACTIVE;
    }
}
