package com.verticallight.platform.tenancy;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The tenant (and user) the current work is for. In a request: read from the verified token (claim
 * {@code tid}) or from the API key that authenticated it. In background work (event processing, jobs):
 * set for the duration of {@link #runAs} on a Vert.x context of its own.
 */
@ApplicationScoped
public class CurrentTenant {

    public static final String TENANT_ATTRIBUTE = "vlos.tenant_id";
    public static final String USER_ATTRIBUTE = "vlos.user_id";
    public static final String TENANT_CLAIM = "tid";
    private static final String LOCAL_KEY = "vlos.current-tenant";

    @Inject
    SecurityIdentity identity;

    @Inject
    Vertx vertx;

    public UUID id() {
        Context context = Vertx.currentContext();
        if (context != null && context.getLocal(LOCAL_KEY) instanceof UUID background) {
            return background;
        }
        return tenantOf(identity).orElseThrow(UnauthorizedException::new);
    }

    /** The acting user, if a person (not an API key, not background work) made the request. */
    public Optional<UUID> userId() {
        Context context = Vertx.currentContext();
        if (context != null && context.getLocal(LOCAL_KEY) != null) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.getSubject()).map(UUID::fromString);
        }
        return Optional.ofNullable((String) identity.getAttribute(USER_ATTRIBUTE)).map(UUID::fromString);
    }

    /**
     * Runs work for a tenant outside any request, on a fresh duplicated Vert.x context (where Hibernate
     * Reactive keeps its session), with that tenant as the current one.
     */
    public <T> Uni<T> runAs(UUID tenantId, Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true); // used by this work only
        return Uni.createFrom().<T>emitter(emitter -> context.runOnContext(ignored -> {
            context.putLocal(LOCAL_KEY, tenantId);
            Uni.createFrom().<T>deferred(() -> work.get()).subscribe().with(emitter::complete, emitter::fail);
        }));
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
