package com.verticallight.intelligence.competitor;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** What one Places fetch or import said about a competitor, on its date. Null figures are unknown. */
@Entity
@Table(name = "competitor_observation")
public class CompetitorObservation extends TenantOwned {

    public enum Source {
        PLACES, IMPORT
    }

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "competitor_id")
    public UUID competitorId;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "observed_at")
    public Instant observedAt;

    public double latitude;

    public double longitude;

    public Double rating;

    @Column(name = "review_count")
    public Integer reviewCount;

    /** 0 (free) to 4 (very expensive), as Places' priceLevel. */
    @Column(name = "price_level")
    public Integer priceLevel;

    @Column(name = "has_website")
    public Boolean hasWebsite;

    public String website;

    /** The latest closing time of its week, when known from an import. */
    @Column(name = "closes_at")
    public LocalTime closesAt;

    /** Comma-separated Places types. */
    public String types;

    /** Places businessStatus, e.g. OPERATIONAL. */
    public String status;
}
