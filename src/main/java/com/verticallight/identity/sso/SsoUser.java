package com.verticallight.identity.sso;

import com.verticallight.identity.Role;
import java.util.UUID;

/** Who a verified realm token says the caller is, in our terms. */
record SsoUser(String subject, UUID tenantId, String email, boolean emailVerified, String name, Role role) {
}
