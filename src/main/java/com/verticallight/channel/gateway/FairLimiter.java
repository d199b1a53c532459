package com.verticallight.channel.gateway;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * At most {@code permits} operations at once over all keys (tenants), and at most {@code perKey} for one key. A key
 * alone may use idle permits up to {@code perKey} (set below {@code permits}, so a newcomer always finds some free);
 * when several keys wait, each permit that frees goes to the waiting key running the fewest for its weight (running /
 * weight; the one waiting longest among equals, then it goes to the back), so a tenant with a thousand queued
 * operations does not hold back one with two, and a plan with twice the weight gets twice the share under contention.
 * Operations of one key start in the order they came. Nothing blocks a thread.
 */
public class FairLimiter<K> {

    private final int permits;
    private final int perKey;
    private final ToIntFunction<K> weights;
    /** Keys with operations waiting, in the order they get their next turn. */
    private final Map<K, Deque<Runnable>> waiting = new LinkedHashMap<>();
    private final Map<K, Integer> running = new HashMap<>();
    private int inUse;

    public FairLimiter(int permits, int perKey) {
        this(permits, perKey, key -> 1);
    }

    /** @param weights each key's weight (at least 1), read when permits are handed out; must not block */
    public FairLimiter(int permits, int perKey, ToIntFunction<K> weights) {
        this.permits = permits;
        this.perKey = Math.min(perKey, permits);
        this.weights = weights;
    }

    /** Runs the work when its key has a turn; the permit is given back however the work ends, even by a throw. */
    public <T> Uni<T> run(K key, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> acquire(key, () -> Uni.createFrom().<T>deferred(work::get)
                .onTermination().invoke(() -> release(key))
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    /** Operations running now for the key (for tests and metrics). */
    public synchronized int running(K key) {
        return running.getOrDefault(key, 0);
    }

    /**
     * A waiting operation starts later on the thread that releases a permit; it is moved back onto its own Vert.x
     * context first, so its database session and tenant are its own and never another operation's.
     */
    private void acquire(K key, Runnable start) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        synchronized (this) {
            if (inUse >= permits || running(key) >= perKey || waiting.containsKey(key)) {
                waiting.computeIfAbsent(key, k -> new ArrayDeque<>())
                        .add(context == null ? start : () -> context.runOnContext(ignored -> start.run()));
                return;
            }
            take(key);
        }
        start.run();
    }

    private void release(K key) {
        List<Runnable> next = new ArrayList<>();
        synchronized (this) {
            inUse--;
            int left = running(key) - 1;
            if (left == 0) {
                running.remove(key);
            } else {
                running.put(key, left);
            }
            while (inUse < permits) {
                K turn = nextTurn();
                if (turn == null) {
                    break;
                }
                Deque<Runnable> queue = waiting.remove(turn);
                next.add(queue.poll());
                take(turn);
                if (!queue.isEmpty()) {
                    waiting.put(turn, queue); // to the back of the turn order
                }
            }
        }
        next.forEach(Runnable::run);
    }

    /**
     * Of the keys waiting with room, the one running the fewest now for its weight; among equals, the one waiting
     * longest.
     */
    private K nextTurn() {
        K best = null;
        double fewest = Double.MAX_VALUE;
        for (K key : waiting.keySet()) {
            int now = running(key);
            double share = (double) now / Math.max(1, weights.applyAsInt(key));
            if (now < perKey && share < fewest) {
                best = key;
                fewest = share;
            }
        }
        return best;
    }

    private void take(K key) {
        inUse++;
        running.merge(key, 1, Integer::sum);
    }
}
