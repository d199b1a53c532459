package com.verticallight.intelligence.competitor;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A competitor seen near a business; what it looked like each time is in {@link CompetitorObservation}. */
@Entity
@Table(name = "competitor")
public class Competitor extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    /** The Places id, or for imports the given id (else one derived from the name and position). */
    @Column(name = "external_id")
    public String externalId;

    public String name;

    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;
}
