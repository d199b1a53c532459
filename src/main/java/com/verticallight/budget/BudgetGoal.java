package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One goal of a business: what it wants more of, its monthly target and what one result is worth to it. */
@Entity
@Table(name = "budget_goal")
public class BudgetGoal extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public Goal goal;

    @Column(name = "monthly_target")
    public Integer monthlyTarget;

    public double weight;
}
