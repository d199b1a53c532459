package com.verticallight.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The value of an hour of the owner's time per currency, for tenants without a rate of their own. */
@Entity
@Immutable
@Table(name = "hourly_rate_default")
public class HourlyRateDefault {

    @Id
    public String currency;

    @Column(name = "hourly_rate_minor")
    public long hourlyRateMinor;
}
