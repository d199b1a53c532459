package com.verticallight.budget;

import com.verticallight.budget.BudgetReference.ActivityBounds;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** An activity the business's own curves may fund: 0 or within [min, max]; max null = only the budget (V22). */
@Entity
@Table(name = "budget_business_activity")
public class BusinessActivity extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    @Enumerated(EnumType.STRING)
    public Activity activity;

    public String currency;

    @Column(name = "min_spend_minor")
    public long minSpendMinor;

    @Column(name = "max_spend_minor")
    public Long maxSpendMinor;

    ActivityBounds bounds() {
        return new ActivityBounds(activity, minSpendMinor, maxSpendMinor == null ? ActivityBounds.NO_MAX : maxSpendMinor,
                describe(activity));
    }

    /** "LOCAL_SEARCH_ADS" reads "Local search ads". */
    static String describe(Activity activity) {
        String words = activity.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
