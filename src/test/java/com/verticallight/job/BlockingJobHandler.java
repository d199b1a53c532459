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
    public final Set<UUID> started = ConcurrentHashMap.newKeySet();
    public final Set<UUID> finished = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        started.add(job.id());
        return Uni.createFrom().completionStage(gate).invoke(() -> finished.add(job.id()));
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
