package com.verticallight.execution.plan;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The plan of one business for one local day and slot. */
@Entity
@Table(name = "daily_plan")
public class DayPlan extends TenantOwned {

    public enum Status {
        PLANNED, RUNNING, DONE, PARTIAL, FAILED, SKIPPED
    }

    public enum Trigger {
        SCHEDULED, CATCH_UP, RUN_NOW
    }

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "plan_date")
    public LocalDate planDate;

    public String slot;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Trigger trigger;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "scheduled_for")
    public Instant scheduledFor;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Why the plan is as it is, in words (skipped because..., caught up after...). */
    public String note;

    /** How many times the plan was executed (the scheduled run, then any run-now). */
    public int runs;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
