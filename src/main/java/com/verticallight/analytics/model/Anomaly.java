package com.verticallight.analytics.model;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An unusual day in one of a business's daily series, its expected value and money impact. */
@Entity
@Table(name = "analytics_anomaly")
public class Anomaly extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    public String metric;

    public LocalDate day;

    public double actual;

    public double expected;

    public double score;

    public String severity;

    /** expected - actual in minor units, for money series (revenue); null for counts. */
    @Column(name = "impact_minor")
    public Long impactMinor;

    public String currency;

    /** OPEN, ACKNOWLEDGED, RESOLVED, FALSE_ALARM. */
    public String status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
