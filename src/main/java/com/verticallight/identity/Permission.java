package com.verticallight.identity;

import java.util.List;

/** What a caller may do; carried in the token's groups and checked with {@code @RolesAllowed}. */
public final class Permission {

    public static final String TENANT_READ = "tenant:read";
    public static final String TENANT_WRITE = "tenant:write";
    public static final String USERS_MANAGE = "users:manage";
    public static final String API_KEYS_MANAGE = "apikeys:manage";
    public static final String BUSINESS_READ = "business:read";
    public static final String BUSINESS_WRITE = "business:write";
    public static final String AUTOMATION_RUN = "automation:run";
    public static final String ANALYTICS_READ = "analytics:read";

    public static final List<String> ALL = List.of(TENANT_READ, TENANT_WRITE, USERS_MANAGE, API_KEYS_MANAGE,
            BUSINESS_READ, BUSINESS_WRITE, AUTOMATION_RUN, ANALYTICS_READ);

    private Permission() {
    }
}
