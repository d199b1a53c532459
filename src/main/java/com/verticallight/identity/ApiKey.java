package com.verticallight.identity;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A developer's key to the API, scoped to permissions; only its SHA-256 digest is stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends TenantOwned {

    public String name;

    /** The first characters of the key, shown so people can tell their keys apart. */
    public String prefix;

    @Column(name = "key_hash")
    public String keyHash;

    /** Comma-separated permission names. */
    public String permissions;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    public List<String> permissionList() {
        return Arrays.stream(permissions.split(",")).filter(p -> !p.isBlank()).toList();
    }
}
