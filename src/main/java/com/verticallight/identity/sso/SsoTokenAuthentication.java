package com.verticallight.identity.sso;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token that names the configured realm as its issuer, before it is verified. */
public class SsoTokenAuthentication extends BaseAuthenticationRequest {

    private final String token;

    public SsoTokenAuthentication(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
