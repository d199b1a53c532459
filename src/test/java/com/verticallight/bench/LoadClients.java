package com.verticallight.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Concurrent clients for the benchmarks: each makes its calls one after another; their latencies and the wall time. */
final class LoadClients {

    /** Each call's latency in µs, and the wall time of all clients together in ms. */
    record Result(List<Long> micros, long wallMillis) {
    }

    private LoadClients() {
    }

    /** {@code clients} threads, each making {@code callsEach} calls; a call returns its own latency in µs. */
    static Result run(int clients, int callsEach, Callable<Long> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < callsEach; i++) {
                        mine.add(call.call());
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            return new Result(all, (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * An open load: {@code total} calls at {@code perSecond}, call k due at start + k / perSecond, shared by
     * {@code threads} threads. A call's latency counts from when it was due (a call started late because the service
     * fell behind shows that wait too), in µs; a call returning a negative value failed and keeps it.
     */
    static Result paced(int threads, int total, double perSecond, Callable<Long> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            long started = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int k = first; k < total; k += threads) {
                        long due = started + (long) (k * 1_000_000_000L / perSecond);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long took = call.call();
                        mine.add(took < 0 ? took : (System.nanoTime() - due) / 1_000);
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            return new Result(all, (System.nanoTime() - started) / 1_000_000);
        } finally {
            pool.shutdown();
        }
    }
}
