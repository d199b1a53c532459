package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One task done for a business, by the automation or by a person; the source of every metric. */
@Entity
@Table(name = "automation_ledger")
public class LedgerRow extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "task_type")
    public String taskType;

    public boolean automated;

    public boolean sandbox;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** The baseline in force when the task was recorded, so later baseline changes do not rewrite history. */
    @Column(name = "minutes_saved_baseline")
    public int minutesSavedBaseline;

    @Column(name = "minutes_spent")
    public Integer minutesSpent;

    @Column(name = "revenue_attributed_minor")
    public Long revenueAttributedMinor;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    public String error;

    public String reference;

    @Column(name = "created_at")
    public Instant createdAt;
}
