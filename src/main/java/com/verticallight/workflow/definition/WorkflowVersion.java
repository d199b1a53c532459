package com.verticallight.workflow.definition;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A published definition, frozen: executions run the version they started with. */
@Entity
@Table(name = "workflow_version")
public class WorkflowVersion extends TenantOwned {

    @Column(name = "workflow_id")
    public UUID workflowId;

    public int number;

    public String definition;

    @Column(name = "created_at")
    public Instant createdAt;
}
