package com.verticallight.platform.outbox;

import io.smallrye.mutiny.Uni;

/**
 * Told once each time an outbox event becomes DEAD (after it is stored so), outside any transaction and as no
 * tenant: the feature that knows the event's topic says what was not processed (e.g. opens a task for the owner).
 */
public interface DeadLetterListener {

    Uni<Void> dead(DeadLetter letter);
}
