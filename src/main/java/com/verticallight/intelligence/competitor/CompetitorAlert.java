package com.verticallight.intelligence.competitor;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A competitor's rating or review count moved sharply between two observations. */
@Entity
@Table(name = "competitor_alert")
public class CompetitorAlert extends TenantOwned {

    public enum Kind {
        RATING, REVIEW_COUNT
    }

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "competitor_id")
    public UUID competitorId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "previous_value")
    public double previousValue;

    @Column(name = "current_value")
    public double currentValue;

    @Column(name = "previous_at")
    public Instant previousAt;

    @Column(name = "observed_at")
    public Instant observedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
