package com.verticallight.execution.plan;

import com.verticallight.execution.TextListColumn;
import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** When a business's day runs and what the daily posts may use. Absent means all defaults. */
@Entity
@Table(name = "daily_plan_setting")
public class DaySetting extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    /** Local time of the day run; null means the start of the earliest posting window. */
    @Column(name = "run_time")
    public LocalTime runTime;

    public boolean paused;

    /** Public URLs of the business's own photos; the daily Instagram post rotates through them. */
    @Convert(converter = TextListColumn.class)
    @Column(name = "photo_urls")
    public List<String> photoUrls;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
