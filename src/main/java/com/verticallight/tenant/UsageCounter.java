package com.verticallight.tenant;

import io.smallrye.mutiny.Uni;

/**
 * A feature that owns something a plan limits reports how many the current tenant has. The tenant
 * feature collects them for the usage view without reaching into other features' tables.
 */
public interface UsageCounter {

    Limit limit();

    /** Called inside a session, for the current tenant. */
    Uni<Long> currentUsage();
}
