package com.verticallight.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.verticallight.identity.Role;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The realm token check on its own: the realm's key, issuer, audience and expiry, nothing else. */
class SsoTokensTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/vlos";

    @TempDir
    static Path dir;

    static KeyPair realmKey;
    static KeyPair otherKey;
    static SsoTokens tokens;

    @BeforeAll
    static void realm() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        realmKey = generator.generateKeyPair();
        otherKey = generator.generateKeyPair();
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) realmKey.getPublic());
        jwk.setKeyId("realm-key");
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
        Path jwks = dir.resolve("certs.json");
        Files.writeString(jwks, new JsonWebKeySet(jwk).toJson());
        tokens = new SsoTokens(config(ISSUER, "file:" + jwks.toAbsolutePath()));
    }

    @Test
    void aTokenOfTheRealmForOurAudienceIsAcceptedWithItsRealmRoles() throws Exception {
        var jwt = tokens.verify(token(ISSUER, "vlos-api", Instant.now().plusSeconds(300), realmKey));
        assertThat(jwt.getSubject()).isEqualTo("kc-user-1");
        assertThat(SsoRoles.strongest(jwt.getGroups(), "vlos-")).contains(Role.ADMIN);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = token(ISSUER, "vlos-api", Instant.now().minusSeconds(600), realmKey);
        assertThatThrownBy(() -> tokens.verify(expired)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        String otherAudience = token(ISSUER, "account", Instant.now().plusSeconds(300), realmKey);
        assertThatThrownBy(() -> tokens.verify(otherAudience)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = token(ISSUER, "vlos-api", Instant.now().plusSeconds(300), otherKey);
        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(ParseException.class);
    }

    @Test
    void aTokenOfAnotherIssuerIsNotTakenAsTheRealmsAndFailsItsCheck() {
        String foreign = token("https://evil.example/realms/vlos", "vlos-api", Instant.now().plusSeconds(300), realmKey);
        assertThat(tokens.claimsOurRealm(foreign)).isFalse();
        assertThatThrownBy(() -> tokens.verify(foreign)).isInstanceOf(ParseException.class);
    }

    @Test
    void onlyTokensNamingTheRealmAreTakenAndNothingWhenUnconfigured() {
        assertThat(tokens.claimsOurRealm(token(ISSUER, "vlos-api", Instant.now().plusSeconds(300), otherKey))).isTrue();
        assertThat(tokens.claimsOurRealm("vlk_not-a-jwt")).isFalse();
        assertThat(tokens.claimsOurRealm("a.%%%.c")).isFalse();
        SsoTokens off = new SsoTokens(config(null, null));
        assertThat(off.claimsOurRealm(token(ISSUER, "vlos-api", Instant.now().plusSeconds(300), realmKey))).isFalse();
    }

    @Test
    void theStrongestMappedRealmRoleWinsAndUnprefixedRolesGrantNothing() {
        assertThat(SsoRoles.strongest(Set.of("vlos-viewer", "vlos-staff", "offline_access"), "vlos-")).contains(Role.STAFF);
        assertThat(SsoRoles.strongest(Set.of("owner", "admin", "default-roles-vlos"), "vlos-")).isEmpty();
    }

    private static String token(String issuer, String audience, Instant expires, KeyPair key) {
        return Jwt.issuer(issuer).audience(audience).subject("kc-user-1")
                .claim("realm_access", Map.of("roles", List.of("vlos-staff", "vlos-admin", "offline_access")))
                .claim("vlos_tenant", "9a1c7a52-5d8e-4a7b-9c51-0f3b0e2a6f10")
                .issuedAt(expires.minusSeconds(900)).expiresAt(expires)
                .jws().keyId("realm-key").sign(key.getPrivate());
    }

    private static SsoConfig config(String issuer, String jwks) {
        return new SsoConfig() {
            public Optional<String> issuer() { return Optional.ofNullable(issuer); }
            public Optional<String> jwksUrl() { return Optional.ofNullable(jwks); }
            public String audience() { return "vlos-api"; }
            public String webClientId() { return "vlos-web"; }
            public String tenantClaim() { return "vlos_tenant"; }
            public String rolePrefix() { return "vlos-"; }
            public String displayName() { return "Company SSO"; }
        };
    }
}
