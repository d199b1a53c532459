package com.verticallight.execution;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** What an hour of this tenant's time is worth, in place of the default for its currency. */
@Entity
@Table(name = "tenant_hourly_rate")
public class TenantHourlyRate extends TenantOwned {

    @Column(name = "hourly_rate_minor")
    public long hourlyRateMinor;

    public String currency;
}
