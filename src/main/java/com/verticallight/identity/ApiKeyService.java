package com.verticallight.identity;

import com.verticallight.i18n.Text;
import com.verticallight.identity.UserViews.ApiKeyCreated;
import com.verticallight.identity.UserViews.ApiKeyRequest;
import com.verticallight.identity.UserViews.ApiKeyView;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.tenant.Limit;
import com.verticallight.tenant.PlanLimits;
import com.verticallight.tenant.UsageCounter;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Developer API keys: shown once at creation, stored as a digest, scoped to permissions, revocable. */
@ApplicationScoped
public class ApiKeyService implements UsageCounter {

    static final String KEY_PREFIX = "vlk_";

    @Inject
    ApiKeyRepository keys;

    @Inject
    PlanLimits planLimits;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    @WithSession
    public Uni<List<ApiKeyView>> list() {
        return keys.listAll("createdAt").map(all -> all.stream().map(ApiKeyView::of).toList());
    }

    @WithSession
    public Uni<ApiKeyView> get(UUID id) {
        return keys.getById(id, "API key").map(ApiKeyView::of);
    }

    @WithTransaction
    public Uni<ApiKeyCreated> create(ApiKeyRequest request) {
        requireKnownPermissions(request.permissions());
        String secret = Tokens.random(KEY_PREFIX);
        return planLimits.requireRoomForOneMore(Limit.API_KEYS, this::currentUsage).chain(() -> {
            ApiKey key = new ApiKey();
            key.name = request.name();
            key.prefix = secret.substring(0, 12);
            key.keyHash = Tokens.sha256(secret);
            key.permissions = String.join(",", request.permissions().stream().distinct().sorted().toList());
            key.createdBy = currentTenant.userId().orElse(null);
            key.createdAt = clock.instant();
            return keys.add(key);
        }).call(key -> com.verticallight.platform.outbox.Outbox.emit(key.tenantId, "apikey.created",
                com.verticallight.platform.outbox.Outbox.payload("apiKeyId", key.id, "name", key.name, "prefix",
                        key.prefix, "createdBy", key.createdBy), key.createdAt))
                .map(key -> new ApiKeyCreated(ApiKeyView.of(key), secret));
    }

    @WithTransaction
    public Uni<Void> revoke(UUID id) {
        return keys.getById(id, "API key").invoke(key -> {
            if (key.revokedAt == null) {
                key.revokedAt = clock.instant();
            }
        }).replaceWithVoid();
    }

    @Override
    public Limit limit() {
        return Limit.API_KEYS;
    }

    @Override
    public Uni<Long> currentUsage() {
        return keys.count("revokedAt is null", Map.of());
    }

    private static void requireKnownPermissions(List<String> permissions) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < permissions.size(); i++) {
            if (!Permission.ALL.contains(permissions.get(i))) {
                errors.add(Problem.FieldError.of("permissions[" + i + "]", Text.of("error.oneOf", Map.of("values", Permission.ALL.toString()))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
