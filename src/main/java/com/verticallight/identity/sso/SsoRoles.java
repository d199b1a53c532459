package com.verticallight.identity.sso;

import com.verticallight.identity.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Maps the realm roles of a token onto our role: the strongest of {@code <prefix>owner|admin|staff|viewer}. */
final class SsoRoles {

    private SsoRoles() {
    }

    static Optional<Role> strongest(Collection<String> realmRoles, String prefix) {
        return Arrays.stream(Role.values()) // declared from the strongest (OWNER) to the weakest (VIEWER)
                .filter(role -> realmRoles.contains(prefix + role.name().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
