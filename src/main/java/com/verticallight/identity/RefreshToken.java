package com.verticallight.identity;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A long-lived, single-use refresh token; only its SHA-256 digest is stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends TenantOwned {

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Set when the token was spent on a refresh (revokedAt is set too); null when revoked otherwise. */
    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}
