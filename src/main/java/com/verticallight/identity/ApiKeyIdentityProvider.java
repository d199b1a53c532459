package com.verticallight.identity;

import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Turns a presented API key into an identity of its tenant with the key's permissions as roles. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthentication> {

    /** One round trip: find the live key by digest and note its use. */
    private static final String USE_KEY = """
            update api_key set last_used_at = $2 where key_hash = $1 and revoked_at is null
            returning id, tenant_id, permissions, created_by""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Override
    public Class<ApiKeyAuthentication> getRequestType() {
        return ApiKeyAuthentication.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthentication request, AuthenticationRequestContext context) {
        return pool.preparedQuery(USE_KEY)
                .execute(Tuple.of(Tokens.sha256(request.key()), clock.instant().atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new AuthenticationFailedException("Unknown or revoked API key");
                    }
                    return identity(rows.iterator().next());
                });
    }

    private static SecurityIdentity identity(Row row) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-key:" + row.getUUID("id")))
                .addAttribute(CurrentTenant.TENANT_ATTRIBUTE, row.getUUID("tenant_id").toString())
                .addAttribute("vlos.api_key_id", row.getUUID("id").toString());
        Arrays.stream(row.getString("permissions").split(",")).filter(p -> !p.isBlank()).forEach(builder::addRole);
        return builder.build();
    }
}
