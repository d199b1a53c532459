import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The notification centre's WebSocket (issue 19: 5,000 concurrent authenticated clients on one instance, service RSS
 * under 512 MB; a notification reaches all of one tenant's connected clients with p99 under 50 ms at 500
 * notifications/s).
 * <p>
 * Signs up {@code tenants} owners and opens {@code sockets / tenants} sockets per owner with the owner's access token
 * (spread over several HTTP clients so the client's own selector thread is not the bottleneck). Then sends
 * notifications open-loop at a fixed {@code rate} for {@code seconds}: the i-th notification is due at start + i /
 * rate, goes to owner i mod tenants (POST /api/v1/notifications/test, which stores it and fans it out), whatever the
 * answers of earlier ones. Each arrival is matched to its notification by id. Latency is from the moment the
 * notification was due to be created (before its POST left) to its arrival at each of that tenant's sockets; a socket
 * that never got it counts as missing. The service's RSS is sampled every 200 ms during the load (its maximum is
 * reported), with the load average of the machine.
 * <p>
 * Arguments: base URL, service pid, data directory, sockets, tenants, rate (notifications/s), seconds.
 */
public class NotificationSocketBench {

    /** Arrival times (nanoTime) of one notification at its tenant's sockets. */
    static final class Arrivals {
        final long[] at;
        final long createdMicros;
        final AtomicInteger count = new AtomicInteger();

        Arrivals(int sockets, long createdMicros) {
            at = new long[sockets];
            this.createdMicros = createdMicros;
        }

        void add(long nanos) {
            int i = count.getAndIncrement();
            if (i < at.length) {
                at[i] = nanos;
            }
        }
    }

    /** This JVM's nanoTime as wall-clock microseconds (the service stamps createdAt with the same machine's clock). */
    static final long WALL_MICROS_AT_ZERO = System.currentTimeMillis() * 1000 - System.nanoTime() / 1000;

    /** A notification sent: its tenant, when it was due, its id once answered (null when the POST failed). */
    record Sent(int tenant, long dueAt, CompletableFuture<String> id) {
    }

    static final Map<String, Arrivals> ARRIVALS = new ConcurrentHashMap<>();
    static int perTenant;

    public static void main(String[] args) throws Exception {
        BenchService.base = args[0];
        long servicePid = Long.parseLong(args[1]);
        BenchService.dataDir = Path.of(args[2]);
        int sockets = Integer.parseInt(args[3]);
        int tenants = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        perTenant = sockets / tenants;

        List<String> tokens = signUp(tenants);
        for (String token : tokens) { // the test notifications in the app only: the benchmark is about the sockets
            String prefs = BenchService.get("/api/v1/notifications/preferences", token)
                    .replaceAll("(\"category\":\"SYSTEM\",\"enabled\":true,\"channels\":)\\[[^\\]]*\\]", "$1[]");
            if (!BenchService.put("/api/v1/notifications/preferences", token, prefs)
                    .contains("\"category\":\"SYSTEM\",\"enabled\":true,\"channels\":[]")) {
                throw new IllegalStateException("SYSTEM notifications not set to in-app only: " + prefs);
            }
        }
        long rssBefore = BenchService.rssKb(servicePid);
        if (System.getenv("BENCH_DIAGNOSE") != null) {
            diagnose(servicePid, "before-sockets");
        }
        int[] openPerTenant = new int[tenants];
        AtomicInteger refused = new AtomicInteger();
        long openMillis = openSockets(tokens, sockets, openPerTenant, refused);
        Thread.sleep(2000); // let the hellos and the sessions settle before reading memory
        long rssOpen = BenchService.rssKb(servicePid);
        long pgOpen = BenchService.postgresPssKb();
        if (System.getenv("BENCH_DIAGNOSE") != null) { // a diagnostic run: what the sockets hold (not for figures)
            diagnose(servicePid, "with-sockets");
        }

        // the load: open-loop at a fixed rate, RSS sampled meanwhile
        AtomicLong rssMax = new AtomicLong(rssOpen);
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> rssMax.accumulateAndGet(BenchService.rssKb(servicePid), Math::max), 0, 200,
                TimeUnit.MILLISECONDS);
        HttpClient poster = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        // warm-up (not measured): a quarter of the rate for 10 s, then 3 s to drain
        List<Sent> warmUp = send(poster, tokens, Math.max(1, rate / 4), 10, new AtomicInteger());
        CompletableFuture.allOf(warmUp.stream().map(Sent::id).toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        Thread.sleep(3000);
        ARRIVALS.clear();

        String loadBefore = loadAverage();
        long cpuBefore = BenchService.cpuMillis(servicePid);
        long serviceCpuBefore = BenchService.cpuTicks(servicePid) * 10;
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Sent> sent = send(poster, tokens, rate, seconds, failed);
        long sendingMillis = (System.nanoTime() - start) / 1_000_000;
        String loadDuring = loadAverage();
        CompletableFuture.allOf(sent.stream().map(Sent::id).toArray(CompletableFuture[]::new))
                .get(120, TimeUnit.SECONDS);
        Thread.sleep(500); // the last fan-outs
        long cpuMillis = BenchService.cpuMillis(servicePid) - cpuBefore;
        long serviceCpuMillis = BenchService.cpuTicks(servicePid) * 10 - serviceCpuBefore;
        sampler.shutdownNow();
        // wait (at most 30 s) for every socket to have everything, then count what is missing
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !allArrived(sent, openPerTenant)) {
            Thread.sleep(50);
        }

        List<Long> latencies = new ArrayList<>();
        List<Long> fromCreation = new ArrayList<>();
        long firstCreated = Long.MAX_VALUE;
        long lastCreated = Long.MIN_VALUE;
        long missing = 0;
        int created = 0;
        for (Sent s : sent) {
            String id = s.id().getNow(null);
            if (id == null) {
                continue;
            }
            created++;
            Arrivals a = ARRIVALS.get(id);
            int got = a == null ? 0 : Math.min(a.count.get(), a.at.length);
            missing += Math.max(0, openPerTenant[s.tenant()] - got);
            for (int k = 0; k < got; k++) {
                latencies.add((a.at[k] - s.dueAt()) / 1000);
                fromCreation.add(WALL_MICROS_AT_ZERO + a.at[k] / 1000 - a.createdMicros);
            }
            if (a != null) {
                firstCreated = Math.min(firstCreated, a.createdMicros);
                lastCreated = Math.max(lastCreated, a.createdMicros);
            }
        }
        Collections.sort(latencies);
        Collections.sort(fromCreation);
        double createdPerSecond = lastCreated > firstCreated ? (created - 1) * 1_000_000.0 / (lastCreated - firstCreated) : 0;
        int n = latencies.size();
        int open = java.util.Arrays.stream(openPerTenant).sum();
        String report = "Run on " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + Runtime.version().feature() + " (bench client); " + tenants + " owners, " + sockets + " sockets ("
                + perTenant + " per owner); " + rate + " notifications/s for " + seconds + " s (sent in "
                + sendingMillis + " ms), each to one owner's sockets.\n"
                + "Load average before / at the end of sending: " + loadBefore + " / " + loadDuring + ".\n\n"
                + "| sockets open | refused | open time | service RSS before / with the sockets / max under load (MB)"
                + " | PostgreSQL PSS (MB) | notifications created (per s) | failed | deliveries | missing"
                + " | creation to arrival p50 / p99 / max | request to arrival p50 / p99 / max"
                + " | CPU service + PostgreSQL per notification |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n"
                + "| " + open + " | " + refused.get() + " | " + openMillis + " ms | " + rssBefore / 1024 + " / "
                + rssOpen / 1024 + " / " + rssMax.get() / 1024 + " | " + pgOpen / 1024 + " | " + created
                + String.format(" (%.0f/s)", createdPerSecond) + " | "
                + failed.get() + " | " + n + " | " + missing + " | " + ms(fromCreation, 0.5) + " / "
                + ms(fromCreation, 0.99) + " / " + (n == 0 ? 0 : fromCreation.get(n - 1) / 1000) + " ms | "
                + ms(latencies, 0.5) + " / " + ms(latencies, 0.99) + " / " + (n == 0 ? 0 : latencies.get(n - 1) / 1000)
                + " ms | "
                + String.format("%.2f + %.2f ms", created == 0 ? 0 : serviceCpuMillis / (double) created,
                        created == 0 ? 0 : (cpuMillis - serviceCpuMillis) / (double) created) + " |\n"
                + "\nCreation to arrival: from the notification's createdAt (stamped by the service when it makes it) to"
                + " its arrival on each socket of its owner. Request to arrival: from the moment its POST was due (not"
                + " yet sent; includes waiting for the HTTP request to be served). Missing: a socket open when it was"
                + " sent that never got it. The owners' SYSTEM notifications are in-app only (no email).\n";
        System.out.println(report);
        System.exit(0);
    }

    /**
     * Sends {@code rate * seconds} notifications open-loop: the i-th is due at start + i / rate, to owner i mod
     * owners. At most 64 are in flight (a bounded set of producers, as the service's own would be); when all 64 are
     * busy the next one leaves late, and its latency still counts from when it was due.
     */
    private static List<Sent> send(HttpClient poster, List<String> tokens, int rate, int seconds, AtomicInteger failed)
            throws InterruptedException {
        int total = rate * seconds;
        List<Sent> sent = new ArrayList<>(total);
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(64);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int tenant = i % tokens.size();
            HttpRequest request = HttpRequest.newBuilder(URI.create(BenchService.base + "/api/v1/notifications/test"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + tokens.get(tenant))
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("{\"priority\":\"URGENT\"}"))
                    .build();
            inFlight.acquire();
            CompletableFuture<String> id = poster.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> {
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("answered " + r.statusCode() + ": " + r.body());
                        }
                        return BenchService.field(r.body(), "id");
                    }).exceptionally(e -> {
                        if (failed.getAndIncrement() == 0) {
                            System.err.println("First failed notification: " + e);
                        }
                        return null;
                    }).whenComplete((ok, e) -> inFlight.release());
            sent.add(new Sent(tenant, due, id));
        }
        return sent;
    }

    private static void diagnose(long pid, String label) throws Exception {
        Files.createDirectories(Path.of("target/bench"));
        for (String command : List.of("GC.class_histogram", "VM.native_memory summary")) {
            new ProcessBuilder(List.of("bash", "-c", "jcmd " + pid + " " + command + " | head -60"))
                    .redirectOutput(Path.of("target/bench/" + label + "-" + command.split("[ .]")[1] + ".txt").toFile())
                    .redirectErrorStream(true).start().waitFor();
        }
    }

    private static List<String> signUp(int tenants) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<CompletableFuture<String>> futures = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            int index = i;
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    String signup = BenchService.post("/api/v1/auth/signup", null, "{\"accountName\":\"Sockets " + index
                            + "\",\"ownerName\":\"Owner\",\"email\":\"sockets-" + index + "-" + System.nanoTime()
                            + "@bench.test\",\"password\":\"a-long-enough-password\"}", 201);
                    return BenchService.field(signup, "accessToken");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        List<String> tokens = new ArrayList<>();
        for (CompletableFuture<String> f : futures) {
            tokens.add(f.get());
        }
        pool.shutdown();
        return tokens;
    }

    private static long openSockets(List<String> tokens, int sockets, int[] openPerTenant, AtomicInteger refused)
            throws InterruptedException {
        int tenants = tokens.size();
        List<HttpClient> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        }
        long started = System.nanoTime();
        for (int batch = 0; batch < sockets; batch += 200) {
            List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
            for (int s = batch; s < Math.min(sockets, batch + 200); s++) {
                int tenant = s % tenants;
                opening.add(clients.get(s % clients.size()).newWebSocketBuilder()
                        .buildAsync(URI.create(BenchService.base.replaceFirst("^http", "ws")
                                + "/api/v1/notifications/socket?token=" + tokens.get(tenant)), listener())
                        .whenComplete((ws, failure) -> {
                            if (failure != null) {
                                refused.incrementAndGet();
                            } else {
                                synchronized (openPerTenant) {
                                    openPerTenant[tenant]++;
                                }
                            }
                        }));
            }
            for (CompletableFuture<WebSocket> f : opening) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // counted as refused
                }
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static boolean allArrived(List<Sent> sent, int[] openPerTenant) {
        for (Sent s : sent) {
            String id = s.id().getNow(null);
            if (id != null) {
                Arrivals a = ARRIVALS.get(id);
                if (a == null || a.count.get() < openPerTenant[s.tenant()]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long ms(List<Long> sorted, double quantile) {
        int n = sorted.size();
        return n == 0 ? 0 : sorted.get(Math.max(0, (int) Math.ceil(n * quantile) - 1)) / 1000;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }

    /** Records when each notification (matched by its id) arrived; answers pings. */
    static WebSocket.Listener listener() {
        StringBuilder partial = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                long now = System.nanoTime();
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    if (message.startsWith("{\"type\":\"notification\"")) {
                        int at = message.indexOf("\"id\":\"");
                        int created = message.indexOf("\"createdAt\":\"");
                        if (at > 0 && created > 0) {
                            String id = message.substring(at + 6, message.indexOf('"', at + 6));
                            java.time.Instant createdAt = java.time.Instant.parse(
                                    message.substring(created + 13, message.indexOf('"', created + 13)));
                            long micros = createdAt.getEpochSecond() * 1_000_000 + createdAt.getNano() / 1000;
                            ARRIVALS.computeIfAbsent(id, k -> new Arrivals(perTenant, micros)).add(now);
                        }
                    }
                }
                ws.request(1);
                return null;
            }
        };
    }
}
