package com.verticallight.job;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A test job kind that counts how often each job ran. */
@ApplicationScoped
public class CountingJobHandler implements JobHandler {

    public static final String KIND = "test.count";
    public final Map<UUID, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(20))
                .invoke(() -> runs.computeIfAbsent(job.id(), id -> new AtomicInteger()).incrementAndGet());
    }

    public int runsOf(UUID jobId) {
        AtomicInteger count = runs.get(jobId);
        return count == null ? 0 : count.get();
    }
}
