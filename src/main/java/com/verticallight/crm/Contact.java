package com.verticallight.crm;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A person the business talks to: reached by phone (E.164) and/or email. */
@Entity
@Table(name = "contact")
public class Contact extends TenantOwned {

    public String name;

    @Column(name = "phone_e164")
    public String phoneE164;

    public String email;

    public String language;

    @Convert(converter = TagsColumn.class)
    public List<String> tags;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}
