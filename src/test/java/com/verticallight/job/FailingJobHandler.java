package com.verticallight.job;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A test job kind that always fails. */
@ApplicationScoped
public class FailingJobHandler implements JobHandler {

    public static final String KIND = "test.fail";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        return Uni.createFrom().failure(new IllegalStateException("platform said no"));
    }
}
