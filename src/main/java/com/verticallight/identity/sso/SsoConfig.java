package com.verticallight.identity.sso;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * A company's Keycloak realm (or another OIDC issuer shaped alike) whose access tokens are accepted beside our own.
 * Off unless {@code vlos.keycloak.issuer} is set.
 */
@ConfigMapping(prefix = "vlos.keycloak")
public interface SsoConfig {

    /** The realm's issuer exactly as it appears in its tokens, e.g. https://sso.example.com/realms/vlos. */
    Optional<String> issuer();

    /** Where its signing keys are published; the issuer's /protocol/openid-connect/certs when unset. */
    Optional<String> jwksUrl();

    /** The audience a token must carry (an audience mapper in the realm adds it). */
    @WithDefault("vlos-api")
    String audience();

    /** The public client the web app signs in with (authorization code + PKCE). */
    @WithDefault("vlos-web")
    String webClientId();

    /** The claim holding our tenant id (a user attribute only realm administrators may edit). */
    @WithDefault("vlos_tenant")
    String tenantClaim();

    /** Realm roles {@code <prefix>owner}, {@code admin}, {@code staff}, {@code viewer} map onto our roles. */
    @WithDefault("vlos-")
    String rolePrefix();

    /** The name on the web app's sign-in button. */
    @WithDefault("Company SSO")
    String displayName();

    default boolean enabled() {
        return issuer().filter(value -> !value.isBlank()).isPresent();
    }

    default String keysLocation() {
        return jwksUrl().orElseGet(() -> issuer().orElseThrow() + "/protocol/openid-connect/certs");
    }
}
