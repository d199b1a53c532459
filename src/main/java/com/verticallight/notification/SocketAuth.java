package com.verticallight.notification;

import com.verticallight.identity.AccessTokenCheck;
import com.verticallight.identity.sso.SsoSignIn;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData.TypedKey;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Lets a socket open only with a valid access token of a person. Browsers cannot set headers on a WebSocket, so the
 * token comes as the second of two subprotocols, {@code Sec-WebSocket-Protocol: vlos.bearer, <token>} (the service
 * answers {@code vlos.bearer}; the token stays out of URLs and access logs), or, for simple clients, as the
 * {@code token} query parameter. It is verified as the REST API verifies it (signature,
 * issuer, audience, expiry) and, for our own tokens, the person must still be active with the same token version
 * (a logout or password change closes the door). Anything else is refused with 401 before the upgrade.
 */
@ApplicationScoped
public class SocketAuth implements HttpUpgradeCheck {

    static final TypedKey<String> TENANT = TypedKey.forString("vlos.tenant");
    static final TypedKey<String> USER = TypedKey.forString("vlos.user");
    /** When the token that opened the socket expires (epoch seconds): the socket is closed then. */
    static final TypedKey<Long> EXPIRES = TypedKey.forLong("vlos.expires");
    /** The subprotocol that carries the token in the one after it. */
    static final String BEARER_PROTOCOL = "vlos.bearer";

    private final JWTParser parser;
    private final Pool pool;
    private final SsoSignIn sso;

    public SocketAuth(JWTParser parser, Pool pool, SsoSignIn sso) {
        this.parser = parser;
        this.pool = pool;
        this.sso = sso;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return endpointId.equals(NotificationSocket.class.getName());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String token = fromSubprotocols(context.httpRequest().getHeader("Sec-WebSocket-Protocol"));
        if (token == null) {
            token = context.httpRequest().getParam("token");
        }
        if (token != null && sso.isRealmToken(token)) { // a person signed in through the company's Keycloak
            return sso.signIn(token).map(user -> {
                context.userData().put(TENANT, user.tenantId().toString());
                context.userData().put(USER, user.userId().toString());
                return CheckResult.permitUpgradeSync();
            }).onFailure().recoverWithItem(() -> CheckResult.rejectUpgradeSync(401));
        }
        JsonWebToken jwt;
        try {
            jwt = token == null || token.isBlank() ? null : parser.parse(token);
        } catch (ParseException e) {
            jwt = null;
        }
        if (jwt == null || jwt.getSubject() == null || jwt.getClaim(CurrentTenant.TENANT_CLAIM) == null
                || jwt.getExpirationTime() <= 0) {
            return CheckResult.rejectUpgrade(401);
        }
        UUID tenant;
        UUID user;
        try {
            tenant = UUID.fromString(jwt.getClaim(CurrentTenant.TENANT_CLAIM).toString());
            user = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            return CheckResult.rejectUpgrade(401);
        }
        Object version = jwt.getClaim(AccessTokenCheck.VERSION_CLAIM);
        long expires = jwt.getExpirationTime();
        return pool.preparedQuery("select token_version, status from app_user where id = $1 and tenant_id = $2")
                .execute(Tuple.of(user, tenant)).chain(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    boolean valid = row != null && "ACTIVE".equals(row.getString("status"))
                            && (version == null || String.valueOf(row.getInteger("token_version")).equals(version.toString()));
                    if (!valid) {
                        return CheckResult.rejectUpgrade(401);
                    }
                    context.userData().put(TENANT, tenant.toString());
                    context.userData().put(USER, user.toString());
                    context.userData().put(EXPIRES, expires);
                    return CheckResult.permitUpgrade();
                });
    }

    /** The token after {@value #BEARER_PROTOCOL} in the offered subprotocols, or null. */
    static String fromSubprotocols(String header) {
        if (header == null) {
            return null;
        }
        String[] offered = header.split(",");
        for (int i = 0; i < offered.length - 1; i++) {
            if (offered[i].trim().equals(BEARER_PROTOCOL)) {
                return offered[i + 1].trim();
            }
        }
        return null;
    }
}
