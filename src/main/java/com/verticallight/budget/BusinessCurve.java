package com.verticallight.budget;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A curve the business set itself, in its budget's currency: a and b of one activity and goal (V22). */
@Entity
@Table(name = "budget_business_curve")
public class BusinessCurve extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public Activity activity;

    @Enumerated(EnumType.STRING)
    public Goal goal;

    public String currency;

    @Column(name = "scale_a")
    public BigDecimal scaleA;

    @Column(name = "spend_b_minor")
    public long spendBMinor;

    ResponseCurve curve() {
        return new ResponseCurve(activity, goal, scaleA.doubleValue(), spendBMinor);
    }
}
