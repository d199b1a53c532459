package com.verticallight.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tokens this service signs for its own accounts. Verification settings are the mp.jwt.verify.* keys. */
@ConfigMapping(prefix = "vlos.jwt")
public interface JwtConfig {

    @WithDefault("https://vertical-light.local")
    String issuer();

    @WithDefault("vlos-api")
    String audience();

    @WithDefault("PT15M")
    Duration accessTokenTtl();

    @WithDefault("P30D")
    Duration refreshTokenTtl();

    @WithDefault("P7D")
    Duration inviteTtl();
}
