package com.verticallight.identity;

import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses an access token of ours whose user is gone, no longer active, or whose token version moved on
 * (logout, password or role change, a reused refresh token): one read by primary key per request, which also
 * brings the person's saved language and the business's locale along as identity attributes. Tokens
 * without the version claim (another issuer's, e.g. Keycloak) and API keys are not concerned.
 */
@ApplicationScoped
public class AccessTokenCheck implements SecurityIdentityAugmentor {

    public static final String VERSION_CLAIM = "tv";

    @Inject
    Pool pool;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !jwt.containsClaim(VERSION_CLAIM)) {
            return Uni.createFrom().item(identity);
        }
        long version = Long.parseLong(jwt.getClaim(VERSION_CLAIM).toString());
        UUID tenant = CurrentTenant.tenantOf(identity).orElse(null);
        return pool.preparedQuery("select u.token_version, u.status, u.language, t.locale from app_user u"
                        + " join tenant t on t.id = u.tenant_id where u.id = $1 and u.tenant_id = $2")
                .execute(Tuple.of(UUID.fromString(jwt.getSubject()), tenant))
                .map(rows -> {
                    Row user = rows.size() == 0 ? null : rows.iterator().next();
                    if (user == null || user.getInteger("token_version") != version
                            || !UserStatus.ACTIVE.name().equals(user.getString("status"))) {
                        throw new AuthenticationFailedException("The access token was revoked");
                    }
                    return withLanguages(identity, user.getString("language"), user.getString("locale"));
                });
    }

    /** The person's and business's languages ride along with the identity, for {@link ReaderLanguage}. */
    private static SecurityIdentity withLanguages(SecurityIdentity identity, String language, String businessLocale) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (language != null) {
            builder.addAttribute(ReaderLanguage.PERSON_LANGUAGE, language);
        }
        if (businessLocale != null) {
            builder.addAttribute(ReaderLanguage.BUSINESS_LOCALE, businessLocale);
        }
        return builder.build();
    }
}
