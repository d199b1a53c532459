package com.verticallight.identity.sso;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the realm's access tokens with SmallRye JWT against the realm's published keys (JWKS): RS256 signature,
 * issuer, audience, expiry. Parsing may fetch the keys over HTTP, so call it off the event loop.
 */
@ApplicationScoped
public class SsoTokens {

    private final SsoConfig config;
    private final DefaultJWTParser parser;

    @Inject
    public SsoTokens(SsoConfig config) {
        this.config = config;
        this.parser = config.enabled() ? new DefaultJWTParser(contextOf(config)) : null;
    }

    /** True for a token that says it comes from the configured realm (not yet verified). */
    public boolean claimsOurRealm(String token) {
        return config.enabled() && unverifiedIssuer(token).filter(config.issuer().get()::equals).isPresent();
    }

    public JsonWebToken verify(String token) throws ParseException {
        return parser.parse(token);
    }

    static JWTAuthContextInfo contextOf(SsoConfig config) {
        JWTAuthContextInfo context = new JWTAuthContextInfo();
        context.setPublicKeyLocation(config.keysLocation());
        context.setIssuedBy(config.issuer().orElseThrow());
        context.setExpectedAudience(Set.of(config.audience()));
        context.setGroupsPath("realm_access/roles");
        context.setRequiredClaims(Set.of("sub", "exp"));
        return context;
    }

    static Optional<String> unverifiedIssuer(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return Optional.ofNullable(new JsonObject(payload).getValue("iss")).map(Object::toString);
        } catch (RuntimeException notAJwt) {
            return Optional.empty();
        }
    }
}
