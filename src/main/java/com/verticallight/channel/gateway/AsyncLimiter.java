package com.verticallight.channel.gateway;

import io.smallrye.mutiny.Uni;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.function.Supplier;

/** At most {@code permits} operations at once; the others wait in order, without blocking a thread. */
public class AsyncLimiter {

    private final int permits;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int inUse;

    public AsyncLimiter(int permits) {
        this.permits = permits;
    }

    /** Runs the work when a permit is free; the permit is given back however the work ends, even by a throw. */
    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> acquire(() -> Uni.createFrom().<T>deferred(work::get)
                .onTermination().invoke(this::release)
                .subscribe().with(emitter::complete, emitter::fail)));
    }

    /**
     * A waiting operation starts later on the thread that releases a permit; it is moved back onto its own Vert.x
     * context first, so its database session and tenant are its own and never another operation's.
     */
    private void acquire(Runnable start) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        synchronized (this) {
            if (inUse >= permits) {
                waiting.add(context == null ? start : () -> context.runOnContext(ignored -> start.run()));
                return;
            }
            inUse++;
        }
        start.run();
    }

    private void release() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inUse--;
                return;
            }
        }
        next.run();
    }
}
