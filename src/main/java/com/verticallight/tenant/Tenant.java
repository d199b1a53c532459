package com.verticallight.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A customer account: a single local business or an enterprise with many locations. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_code")
    public PlanCode plan;

    public String locale;

    public String currency;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
