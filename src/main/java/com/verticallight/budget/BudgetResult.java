package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What one activity cost and brought in one month; null results were not measured. */
@Entity
@Table(name = "budget_result")
public class BudgetResult extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    /** The first day of the month. */
    public LocalDate month;

    @Enumerated(EnumType.STRING)
    public Activity activity;

    @Column(name = "spend_minor")
    public long spendMinor;

    public Integer leads;

    public Integer footfall;

    public Integer reviews;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public Integer result(Goal goal) {
        return switch (goal) {
            case LEADS -> leads;
            case FOOTFALL -> footfall;
            case REVIEWS -> reviews;
        };
    }
}
