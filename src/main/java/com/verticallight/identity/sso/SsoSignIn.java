package com.verticallight.identity.sso;

import com.verticallight.identity.Role;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * A realm token to our tenant, user and role: verified (off the event loop: the keys may be fetched), mapped,
 * and the user found or created just in time. Fails with {@link AuthenticationFailedException} otherwise.
 */
@ApplicationScoped
public class SsoSignIn {

    /** Who a realm token signs in as here. */
    public record SignedIn(UUID tenantId, UUID userId, String email, String subject, Role role) {
    }

    private static final Logger LOG = Logger.getLogger(SsoSignIn.class);

    @Inject
    SsoTokens tokens;

    @Inject
    SsoAccounts accounts;

    @Inject
    SsoConfig config;

    @Inject
    Vertx vertx;

    /** True for a token that names the configured realm as its issuer (not yet verified). */
    public boolean isRealmToken(String token) {
        return tokens.claimsOurRealm(token);
    }

    public Uni<SignedIn> signIn(String token) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> verified(token)))
                .map(this::userOf)
                .chain(user -> accounts.userFor(user)
                        .map(userId -> new SignedIn(user.tenantId(), userId, user.email(), user.subject(), user.role())))
                .onFailure(AuthenticationFailedException.class)
                .invoke(refused -> LOG.infof("SSO sign-in refused: %s", refused.getMessage()));
    }

    private JsonWebToken verified(String token) {
        try {
            return tokens.verify(token);
        } catch (ParseException e) {
            throw new AuthenticationFailedException("The realm token is not valid", e);
        }
    }

    SsoUser userOf(JsonWebToken jwt) {
        Role role = SsoRoles.strongest(jwt.getGroups(), config.rolePrefix())
                .orElseThrow(() -> SsoRefused.because("The token carries no role of this service"));
        String email = claim(jwt, "email");
        if (email == null) {
            throw SsoRefused.because("The token carries no e-mail address");
        }
        return new SsoUser(jwt.getSubject(), tenantOf(jwt), email, isTrue(jwt.getClaim("email_verified")),
                claim(jwt, "name"), role);
    }

    private UUID tenantOf(JsonWebToken jwt) {
        String tenant = claim(jwt, config.tenantClaim());
        if (tenant == null) {
            throw SsoRefused.because("The token carries no tenant claim " + config.tenantClaim());
        }
        try {
            return UUID.fromString(tenant);
        } catch (IllegalArgumentException e) {
            throw SsoRefused.because("The tenant claim is not a tenant id");
        }
    }

    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || jakarta.json.JsonValue.TRUE.equals(claim);
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        return value == null ? null : value.toString();
    }
}
