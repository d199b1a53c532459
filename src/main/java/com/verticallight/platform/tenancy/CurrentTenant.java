package com.verticallight.platform.tenancy;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant and user of the current request, read from the verified token (claim {@code tid}) or from
 * the API key that authenticated it. Code that runs outside a request (jobs) sets them explicitly.
 */
@RequestScoped
public class CurrentTenant {

    public static final String TENANT_ATTRIBUTE = "vlos.tenant_id";
    public static final String USER_ATTRIBUTE = "vlos.user_id";
    public static final String TENANT_CLAIM = "tid";

    @Inject
    SecurityIdentity identity;

    private UUID explicitTenant;

    public UUID id() {
        if (explicitTenant != null) {
            return explicitTenant;
        }
        return tenantFromIdentity().orElseThrow(UnauthorizedException::new);
    }

    /** The acting user, if a person (not an API key) made the request. */
    public Optional<UUID> userId() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.getSubject()).map(UUID::fromString);
        }
        return Optional.ofNullable((String) identity.getAttribute(USER_ATTRIBUTE)).map(UUID::fromString);
    }

    /** For work that is not a request of the tenant (start-up, jobs): act as this tenant. */
    public void actAs(UUID tenantId) {
        this.explicitTenant = tenantId;
    }

    private Optional<UUID> tenantFromIdentity() {
        return tenantOf(identity);
    }

    /** The tenant a verified identity acts for, if any. */
    public static Optional<UUID> tenantOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(TENANT_CLAIM);
            return Optional.ofNullable(claim).map(Object::toString).map(UUID::fromString);
        }
        return Optional.ofNullable((String) identity.getAttribute(TENANT_ATTRIBUTE)).map(UUID::fromString);
    }
}
