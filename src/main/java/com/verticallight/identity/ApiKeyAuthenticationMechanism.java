package com.verticallight.identity;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Accepts an API key as {@code X-API-Key: vlk_...} or {@code Authorization: Bearer vlk_...}. It runs before
 * the JWT mechanism and steps aside for anything that is not an API key.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = presentedKey(context);
        if (key == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthentication(key), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthentication.class);
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 100;
    }

    static String presentedKey(RoutingContext context) {
        String header = context.request().getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.trim();
        }
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.startsWith(BEARER + ApiKeyService.KEY_PREFIX)) {
            return authorization.substring(BEARER.length()).trim();
        }
        return null;
    }
}
