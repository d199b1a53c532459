package com.verticallight.channel.connector;

import static org.assertj.core.api.Assertions.fail;

import io.smallrye.mutiny.Uni;

/** Assertions on a Uni that fails with a {@link PlatformFailure}. */
public final class Failures {

    private Failures() {
    }

    public static PlatformFailure failureOf(Uni<?> uni) {
        try {
            Object item = LivePlatform.await(uni);
            return fail("Expected a PlatformFailure but got " + item);
        } catch (PlatformFailure failure) {
            return failure;
        }
    }
}
