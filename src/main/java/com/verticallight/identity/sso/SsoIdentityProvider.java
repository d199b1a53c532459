package com.verticallight.identity.sso;

import com.verticallight.identity.Role;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Turns a verified realm token into an identity of our tenant and user, with our role's permissions as roles, so
 * that {@code @RolesAllowed} and tenant scoping work exactly as for our own tokens.
 */
@ApplicationScoped
public class SsoIdentityProvider implements IdentityProvider<SsoTokenAuthentication> {

    private static final Logger LOG = Logger.getLogger(SsoIdentityProvider.class);

    @Inject
    SsoTokens tokens;

    @Inject
    SsoAccounts accounts;

    @Inject
    SsoConfig config;

    @Inject
    Vertx vertx;

    @Override
    public Class<SsoTokenAuthentication> getRequestType() {
        return SsoTokenAuthentication.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SsoTokenAuthentication request, AuthenticationRequestContext context) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> verified(request.token()))) // may fetch the JWKS
                .map(this::userOf)
                .chain(user -> accounts.userFor(user).map(userId -> identity(user, userId)))
                .onFailure(AuthenticationFailedException.class).invoke(refused -> LOG.infof("SSO sign-in refused: %s", refused.getMessage()));
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

    private static SecurityIdentity identity(SsoUser user, UUID userId) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email()))
                .addAttribute(CurrentTenant.TENANT_ATTRIBUTE, user.tenantId().toString())
                .addAttribute(CurrentTenant.USER_ATTRIBUTE, userId.toString())
                .addAttribute("vlos.sso_subject", user.subject());
        user.role().permissions().forEach(builder::addRole);
        return builder.build();
    }
}
