package com.verticallight.identity;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A presented API key, before it is checked. */
public class ApiKeyAuthentication extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthentication(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
