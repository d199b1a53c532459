package com.verticallight.identity.sso;

import io.quarkus.security.AuthenticationFailedException;

/** A valid realm token that does not lead to an account of ours: answered 401 like any bad token. */
final class SsoRefused {

    private SsoRefused() {
    }

    static AuthenticationFailedException because(String reason) {
        return new AuthenticationFailedException(reason);
    }
}
