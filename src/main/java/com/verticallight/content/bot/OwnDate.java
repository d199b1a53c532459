package com.verticallight.content.bot;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A date of the business's own (anniversary sale, a new branch) that the week's posts announce. */
@Entity
@Table(name = "content_own_date")
public class OwnDate extends TenantOwned {

    @Column(name = "business_id")
    public UUID businessId;

    public String name;

    @Column(name = "date")
    public LocalDate date;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;
}
