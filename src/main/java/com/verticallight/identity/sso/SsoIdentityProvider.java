package com.verticallight.identity.sso;

import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns a realm token into an identity of our tenant and user, with our role's permissions as roles, so that
 * {@code @RolesAllowed} and tenant scoping work exactly as for our own tokens.
 */
@ApplicationScoped
public class SsoIdentityProvider implements IdentityProvider<SsoTokenAuthentication> {

    static final String ROLE_ATTRIBUTE = "vlos.sso_role";

    @Inject
    SsoSignIn sso;

    @Override
    public Class<SsoTokenAuthentication> getRequestType() {
        return SsoTokenAuthentication.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SsoTokenAuthentication request, AuthenticationRequestContext context) {
        return sso.signIn(request.token()).map(SsoIdentityProvider::identity);
    }

    private static SecurityIdentity identity(SsoSignIn.SignedIn user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.email()))
                .addAttribute(CurrentTenant.TENANT_ATTRIBUTE, user.tenantId().toString())
                .addAttribute(CurrentTenant.USER_ATTRIBUTE, user.userId().toString())
                .addAttribute("vlos.sso_subject", user.subject())
                .addAttribute(ROLE_ATTRIBUTE, user.role().name());
        user.role().permissions().forEach(builder::addRole);
        return builder.build();
    }
}
