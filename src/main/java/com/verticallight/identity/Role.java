package com.verticallight.identity;

import static com.verticallight.identity.Permission.ANALYTICS_READ;
import static com.verticallight.identity.Permission.AUTOMATION_RUN;
import static com.verticallight.identity.Permission.BUSINESS_READ;
import static com.verticallight.identity.Permission.BUSINESS_WRITE;
import static com.verticallight.identity.Permission.TENANT_READ;

import java.util.List;

/** A team member's role and the permissions it grants. Only owners manage people, keys and the account. */
public enum Role {
    OWNER(Permission.ALL),
    ADMIN(List.of(TENANT_READ, BUSINESS_READ, BUSINESS_WRITE, AUTOMATION_RUN, ANALYTICS_READ)),
    STAFF(List.of(TENANT_READ, BUSINESS_READ, AUTOMATION_RUN, ANALYTICS_READ)),
    VIEWER(List.of(TENANT_READ, BUSINESS_READ, ANALYTICS_READ));

    private final List<String> permissions;

    Role(List<String> permissions) {
        this.permissions = permissions;
    }

    public List<String> permissions() {
        return permissions;
    }
}
