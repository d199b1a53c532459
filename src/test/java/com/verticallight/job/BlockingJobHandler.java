package com.verticallight.job;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** A test job kind that runs until the test releases it (without holding a thread). */
@ApplicationScoped
public class BlockingJobHandler implements JobHandler {

    public static final String KIND = "test.block";
    private volatile CompletableFuture<Void> gate = new CompletableFuture<>();
    private final Set<UUID> started = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        started.add(job.id());
        return Uni.createFrom().completionStage(gate);
    }

    /** Read through a method: a field of a bean's client proxy is not the bean's. */
    public boolean started(UUID jobId) {
        return started.contains(jobId);
    }

    /** Lets every running (and later) job of this kind finish. */
    public void release() {
        gate.complete(null);
    }

    /** Jobs started from now on block again. */
    public void block() {
        gate = new CompletableFuture<>();
    }
}
