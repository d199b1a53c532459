package com.verticallight.channel.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FairLimiterTest {

    /** Operations that run until the test ends them; the order they started in. */
    private final List<String> started = new CopyOnWriteArrayList<>();
    private final List<UniEmitter<? super String>> open = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();

    private void submit(FairLimiter<String> limiter, String key, String name) {
        limiter.run(key, () -> Uni.createFrom().<String>emitter(emitter -> {
            started.add(name);
            synchronized (open) {
                open.add(emitter);
            }
        })).subscribe().with(ignored -> {
        });
    }

    private void end(String name) {
        int index = started.indexOf(name);
        UniEmitter<? super String> emitter;
        synchronized (open) {
            emitter = open.get(index);
        }
        emitter.complete(name);
    }

    @Test
    void aTenantAloneUsesItsOwnBoundAndNoMore() {
        FairLimiter<String> limiter = new FairLimiter<>(8, 3);
        for (int i = 0; i < 10; i++) {
            submit(limiter, "a", "a" + i);
        }
        assertThat(started).containsExactly("a0", "a1", "a2");
        assertThat(limiter.running("a")).isEqualTo(3);

        end("a1");
        assertThat(started).containsExactly("a0", "a1", "a2", "a3"); // its own operations keep their order
    }

    @Test
    void aFreedSlotGoesToTheWaitingTenantRunningTheFewestNotToTheOneWithTheLongestQueue() {
        FairLimiter<String> limiter = new FairLimiter<>(2, 2);
        for (int i = 0; i < 6; i++) {
            submit(limiter, "big", "big" + i);
        }
        submit(limiter, "small", "small0");
        submit(limiter, "small", "small1");
        assertThat(started).containsExactly("big0", "big1");

        end("big0");
        assertThat(started).endsWith("small0"); // big runs 1, small 0: small's turn
        end("big1");
        assertThat(started).endsWith("big2"); // big runs 0 now, small 1: big's turn
        end("small0");
        assertThat(started).endsWith("small1");
    }

    @Test
    void aTenantAloneUsesIdleSlotsUpToItsBoundAndANewcomerStillStartsAtOnce() {
        FairLimiter<String> limiter = new FairLimiter<>(8, 6);
        for (int i = 0; i < 10; i++) {
            submit(limiter, "busy", "busy" + i);
        }
        assertThat(limiter.running("busy")).isEqualTo(6); // beyond a fixed small share, while the slots are idle
        submit(limiter, "new", "new0");
        assertThat(started).endsWith("new0"); // the quarter kept free: no wait for the busy tenant's work to end
    }

    @Test
    void underContentionFreedSlotsFollowThePlanWeights() {
        FairLimiter<String> limiter = new FairLimiter<>(6, 6, key -> "enterprise".equals(key) ? 2 : 1);
        for (int i = 0; i < 30; i++) {
            submit(limiter, "enterprise", "e" + i);
        }
        for (int i = 0; i < 30; i++) {
            submit(limiter, "basic", "b" + i);
        }
        assertThat(limiter.running("enterprise")).isEqualTo(6);
        for (int round = 0; round < 12; round++) { // the oldest running operations end, one at a time
            String oldest = started.stream().filter(name -> !ended.contains(name)).findFirst().orElseThrow();
            ended.add(oldest);
            end(oldest);
        }
        assertThat(limiter.running("enterprise")).isEqualTo(4); // twice the weight, twice the slots: 4 and 2
        assertThat(limiter.running("basic")).isEqualTo(2);
    }

    @Test
    void equalWeightsShareEqually() {
        FairLimiter<String> limiter = new FairLimiter<>(6, 6);
        for (int i = 0; i < 30; i++) {
            submit(limiter, "a", "a" + i);
        }
        for (int i = 0; i < 30; i++) {
            submit(limiter, "b", "b" + i);
        }
        for (int round = 0; round < 12; round++) {
            String oldest = started.stream().filter(name -> !ended.contains(name)).findFirst().orElseThrow();
            ended.add(oldest);
            end(oldest);
        }
        assertThat(limiter.running("a")).isEqualTo(3);
        assertThat(limiter.running("b")).isEqualTo(3);
    }

    @Test
    void aFailingOperationGivesItsSlotBack() {
        FairLimiter<String> limiter = new FairLimiter<>(1, 1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        limiter.run("a", () -> Uni.createFrom().<String>failure(new IllegalStateException("boom")))
                .subscribe().with(ignored -> {
                }, failure::set);
        submit(limiter, "a", "after");
        assertThat(failure.get()).hasMessage("boom");
        assertThat(started).containsExactly("after");
    }
}
