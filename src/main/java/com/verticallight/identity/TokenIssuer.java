package com.verticallight.identity;

import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;

/** Signs access tokens (RS256) and stores a fresh refresh token; call inside a transaction. */
@ApplicationScoped
public class TokenIssuer {

    @Inject
    JwtConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    public Uni<TokenResponse> issue(AppUser user) {
        Instant now = clock.instant();
        String refresh = Tokens.random("vlr_");
        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.tenantId = user.tenantId;
        stored.userId = user.id;
        stored.tokenHash = Tokens.sha256(refresh);
        stored.createdAt = now;
        stored.expiresAt = now.plus(config.refreshTokenTtl());
        return io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .chain(session -> session.persist(stored))
                .chain(() -> vertx.executeBlocking(Uni.createFrom().item(() -> sign(user, now))))
                .map(access -> new TokenResponse(access, "Bearer", config.accessTokenTtl().toSeconds(), refresh,
                        user.tenantId, user.id, user.role, user.role.permissions()));
    }

    private String sign(AppUser user, Instant now) {
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(user.id.toString())
                .upn(user.email)
                .groups(new HashSet<>(user.role.permissions()))
                .claim(CurrentTenant.TENANT_CLAIM, user.tenantId.toString())
                .claim("role", user.role.name())
                .claim(AccessTokenCheck.VERSION_CLAIM, user.tokenVersion)
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenTtl()))
                .sign();
    }
}
