package com.verticallight.channel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AsyncLimiterTest {

    @Test
    void neverRunsMoreThanItsPermitsAndRunsEverything() {
        AsyncLimiter limiter = new AsyncLimiter(3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        int done = Multi.createFrom().range(0, 20)
                .onItem().transformToUni(i -> limiter.run(() -> Uni.createFrom().item(i)
                        .invoke(() -> peak.accumulateAndGet(running.incrementAndGet(), Math::max))
                        .onItem().delayIt().by(Duration.ofMillis(20))
                        .invoke(running::decrementAndGet)))
                .merge(20)
                .collect().asList().await().atMost(Duration.ofSeconds(10)).size();
        assertThat(done).isEqualTo(20);
        assertThat(peak.get()).isEqualTo(3);
    }

    @Test
    void aFailureReleasesItsPermit() {
        AsyncLimiter limiter = new AsyncLimiter(1);
        limiter.run(() -> Uni.createFrom().failure(new IllegalStateException("boom")))
                .onFailure().recoverWithNull().await().atMost(Duration.ofSeconds(1));
        assertThat(limiter.run(() -> Uni.createFrom().item("next")).await().atMost(Duration.ofSeconds(1)))
                .isEqualTo("next");
    }

    @Test
    void aWaitingOperationStartsOnItsOwnVertxContextNotTheReleasersOne() throws Exception {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            AsyncLimiter limiter = new AsyncLimiter(1);
            io.vertx.core.Context first = vertx.getOrCreateContext();
            io.vertx.core.Context second = ((io.vertx.core.impl.ContextInternal) first).duplicate();
            java.util.concurrent.CompletableFuture<Void> release = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.CompletableFuture<Object> startedOn = new java.util.concurrent.CompletableFuture<>();
            first.runOnContext(ignored -> limiter.run(() -> Uni.createFrom().completionStage(release)).subscribe().with(x -> {
            }));
            Thread.sleep(100);
            second.runOnContext(ignored -> limiter.run(() -> {
                startedOn.complete(io.vertx.core.Vertx.currentContext());
                return Uni.createFrom().item("done");
            }).subscribe().with(x -> {
            }));
            Thread.sleep(100);
            first.runOnContext(ignored -> release.complete(null));
            assertThat(startedOn.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(second);
        } finally {
            vertx.close();
        }
    }
}
