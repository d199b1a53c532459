package com.verticallight.business;

import io.smallrye.mutiny.Uni;

/**
 * Told when a business is created or its profile replaced, inside that transaction, so work that depends on the
 * profile (the day's schedule) is committed with it.
 */
public interface BusinessListener {

    Uni<Void> saved(Business business);
}
