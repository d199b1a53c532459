package com.verticallight.bench;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A job that does nothing: measures the engine itself. */
@ApplicationScoped
public class NoopJobHandler implements JobHandler {

    static final String KIND = "bench.noop";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        return Uni.createFrom().voidItem();
    }
}
