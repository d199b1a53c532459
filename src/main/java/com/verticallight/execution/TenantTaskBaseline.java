package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tenant's own estimate of a task type's minutes, in place of the default baseline. */
@Entity
@Table(name = "tenant_task_baseline")
public class TenantTaskBaseline extends TenantOwned {

    @Column(name = "task_type")
    public String taskType;

    public int minutes;
}
