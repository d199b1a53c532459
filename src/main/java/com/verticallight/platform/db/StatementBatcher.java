package com.verticallight.platform.db;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * Writes concurrent single-row statements together ("smart batching"): the first item goes at once; items that
 * arrive while {@code maxInFlight} batches are being written wait and leave together in the next one, up to
 * {@code maxBatch}. No item waits for a timer, and one alone costs what it did. Each caller continues on its own
 * Vert.x context, as if it had run its statement itself. A batch that fails is written again item by item with
 * {@code single}, so one bad row fails only its own caller.
 *
 * @param <T> an item to write
 * @param <R> what each item's caller gets back
 */
public final class StatementBatcher<T, R> {

    private record Waiting<T, R>(T item, Context context, UniEmitter<? super R> emitter) {
    }

    private final int maxInFlight;
    private final int maxBatch;
    private final Function<List<T>, Uni<List<R>>> batch;
    private final Function<T, Uni<R>> single;
    private final Deque<Waiting<T, R>> queue = new ArrayDeque<>();
    private int inFlight;

    /**
     * @param batch writes the items in one statement; answers one result per item, in their order
     * @param single writes one item alone (after a batch failed)
     */
    public StatementBatcher(int maxInFlight, int maxBatch, Function<List<T>, Uni<List<R>>> batch,
            Function<T, Uni<R>> single) {
        this.maxInFlight = maxInFlight;
        this.maxBatch = maxBatch;
        this.batch = batch;
        this.single = single;
    }

    public Uni<R> submit(T item) {
        return Uni.createFrom().emitter(emitter -> {
            List<Waiting<T, R>> ready;
            synchronized (this) {
                queue.add(new Waiting<>(item, Vertx.currentContext(), emitter));
                if (inFlight >= maxInFlight) {
                    return;
                }
                inFlight++;
                ready = drain();
            }
            write(ready);
        });
    }

    private List<Waiting<T, R>> drain() {
        List<Waiting<T, R>> ready = new ArrayList<>();
        while (!queue.isEmpty() && ready.size() < maxBatch) {
            ready.add(queue.poll());
        }
        return ready;
    }

    private void write(List<Waiting<T, R>> ready) {
        Uni<List<R>> written = ready.size() == 1
                ? Uni.createFrom().deferred(() -> single.apply(ready.get(0).item())).map(java.util.Collections::singletonList)
                : Uni.createFrom().deferred(() -> batch.apply(ready.stream().map(Waiting::item).toList()));
        written.subscribe().with(results -> {
            for (int i = 0; i < ready.size(); i++) {
                complete(ready.get(i), results.get(i), null);
            }
            next();
        }, failure -> {
            if (ready.size() == 1) {
                complete(ready.get(0), null, failure);
                next();
                return;
            }
            one(ready, 0);
        });
    }

    /** After a failed batch: the items one after another, each with its own outcome. */
    private void one(List<Waiting<T, R>> ready, int index) {
        if (index == ready.size()) {
            next();
            return;
        }
        Waiting<T, R> waiting = ready.get(index);
        Uni.createFrom().deferred(() -> single.apply(waiting.item())).subscribe().with(result -> {
            complete(waiting, result, null);
            one(ready, index + 1);
        }, failure -> {
            complete(waiting, null, failure);
            one(ready, index + 1);
        });
    }

    private void next() {
        List<Waiting<T, R>> ready;
        synchronized (this) {
            if (queue.isEmpty()) {
                inFlight--;
                return;
            }
            ready = drain();
        }
        write(ready);
    }

    private static <T, R> void complete(Waiting<T, R> waiting, R result, Throwable failure) {
        Runnable done = () -> {
            if (failure != null) {
                waiting.emitter().fail(failure);
            } else {
                waiting.emitter().complete(result);
            }
        };
        try {
            if (waiting.context() == null) {
                done.run();
            } else {
                waiting.context().runOnContext(ignored -> done.run());
            }
        } catch (RuntimeException callerFailed) {
            // the caller's own continuation threw: the batch goes on for the others (Mutiny reports it)
            io.smallrye.mutiny.infrastructure.Infrastructure.handleDroppedException(callerFailed);
        }
    }
}
