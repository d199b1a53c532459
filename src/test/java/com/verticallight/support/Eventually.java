package com.verticallight.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting on state, never on time: polls a condition until it holds, with a deadline generous for a busy machine. */
public final class Eventually {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    private Eventually() {
    }

    /** Returns once the condition holds; fails naming what was awaited when it has not after the deadline. */
    public static void eventually(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
