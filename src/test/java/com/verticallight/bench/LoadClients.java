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
}
