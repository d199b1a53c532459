package com.verticallight.channel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One tenant: the bound, permits given back, waiting operations on their own Vert.x context. */
class FairLimiterOneTenantTest {

    @Test
    void neverRunsMoreThanItsPermitsAndRunsEverything() {
        FairLimiter<String> limiter = new FairLimiter<String>(3, 3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        int done = Multi.createFrom().range(0, 20)
                .onItem().transformToUni(i -> limiter.run("t", () -> Uni.createFrom().item(i)
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
        FairLimiter<String> limiter = new FairLimiter<String>(1, 1);
        limiter.run("t", () -> Uni.createFrom().failure(new IllegalStateException("boom")))
                .onFailure().recoverWithNull().await().atMost(Duration.ofSeconds(1));
        assertThat(limiter.run("t", () -> Uni.createFrom().item("next")).await().atMost(Duration.ofSeconds(1)))
                .isEqualTo("next");
    }

    @Test
    void aSupplierThatThrowsGivesItsPermitBack() {
        FairLimiter<String> limiter = new FairLimiter<String>(2, 2);
        for (int i = 0; i < 2; i++) {
            Throwable failure = limiter.<String>run("t", () -> {
                throw new IllegalStateException("no request built");
            }).onItem().<Throwable>transform(ignored -> null).onFailure().recoverWithItem(f -> f)
                    .await().atMost(Duration.ofSeconds(5));
            assertThat(failure).hasMessage("no request built");
        }
        java.util.concurrent.CompletableFuture<String> release = new java.util.concurrent.CompletableFuture<>();
        AtomicInteger started = new AtomicInteger();
        Multi.createFrom().range(0, 2).onItem().transformToUni(i -> limiter.run("t", () -> {
            started.incrementAndGet();
            return Uni.createFrom().completionStage(release);
        })).merge(2).subscribe().with(ignored -> {
        });
        assertThat(started.get()).as("both permits are free again").isEqualTo(2);
        release.complete("done");
    }

    @Test
    void aWaitingOperationStartsOnItsOwnVertxContextNotTheReleasersOne() throws Exception {
        io.vertx.core.Vertx vertx = io.vertx.core.Vertx.vertx();
        try {
            FairLimiter<String> limiter = new FairLimiter<String>(1, 1);
            io.vertx.core.Context first = vertx.getOrCreateContext();
            io.vertx.core.Context second = ((io.vertx.core.impl.ContextInternal) first).duplicate();
            java.util.concurrent.CompletableFuture<Void> release = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.CompletableFuture<Object> startedOn = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.CompletableFuture<Void> firstRunning = new java.util.concurrent.CompletableFuture<>();
            java.util.concurrent.CompletableFuture<Void> secondQueued = new java.util.concurrent.CompletableFuture<>();
            first.runOnContext(ignored -> limiter.run("t", () -> {
                firstRunning.complete(null);
                return Uni.createFrom().completionStage(release);
            }).subscribe().with(x -> {
            }));
            firstRunning.get(5, java.util.concurrent.TimeUnit.SECONDS);
            second.runOnContext(ignored -> {
                limiter.run("t", () -> {
                    startedOn.complete(io.vertx.core.Vertx.currentContext());
                    return Uni.createFrom().item("done");
                }).subscribe().with(x -> {
                });
                secondQueued.complete(null); // the permit is taken, so subscribing has queued it
            });
            secondQueued.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(startedOn).as("waits for the permit").isNotDone();
            first.runOnContext(ignored -> release.complete(null));
            assertThat(startedOn.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(second);
        } finally {
            vertx.close();
        }
    }
}
