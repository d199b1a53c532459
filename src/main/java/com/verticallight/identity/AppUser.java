package com.verticallight.identity;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in to a tenant. Invited users have no password until they accept. */
@Entity
@Table(name = "app_user")
public class AppUser extends TenantOwned {

    public String email;

    public String name;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Enumerated(EnumType.STRING)
    public UserStatus status;

    @Column(name = "invite_token_hash")
    public String inviteTokenHash;

    @Column(name = "invite_expires_at")
    public Instant inviteExpiresAt;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Carried in access tokens ("tv"); raised to refuse every access token issued before. */
    @Column(name = "token_version")
    public int tokenVersion;

    /** The language chosen for the web app (BCP 47, e.g. hi); null until chosen. */
    public String language;
}
