import java.net.URI;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notification centre's WebSocket (issue 19: 5,000 concurrent authenticated clients on one instance, service RSS
 * under 512 MB, delivery p99 under 50 ms): signs up {@code tenants} owners, opens {@code sockets / tenants} sockets
 * per owner with the owner's access token, measures the service's and its PostgreSQL's memory with every socket
 * open, then for each round sends every owner a test notification (POST /api/v1/notifications/test) and times its
 * arrival on each of that owner's sockets. Run by bench/notification-sockets.sh; prints a Markdown report.
 *
 * Arguments: base URL, service pid, data directory, sockets, tenants, rounds.
 */
public class NotificationSocketBench {

    /** One socket: its owner's index, and when each round's notification arrived (nanoTime). */
    record Client(int tenant, Map<Integer, Long> arrivals) {
    }

    public static void main(String[] args) throws Exception {
        BenchService.base = args[0];
        long servicePid = Long.parseLong(args[1]);
        BenchService.dataDir = Path.of(args[2]);
        int sockets = Integer.parseInt(args[3]);
        int tenants = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);

        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            String signup = BenchService.post("/api/v1/auth/signup", null, "{\"accountName\":\"Sockets " + i
                    + "\",\"ownerName\":\"Owner\",\"email\":\"sockets-" + System.nanoTime()
                    + "@bench.test\",\"password\":\"a-long-enough-password\"}", 201);
            tokens.add(BenchService.field(signup, "accessToken"));
        }
        long rssBefore = BenchService.rssKb(servicePid);
        List<Client> clients = new ArrayList<>();
        List<WebSocket> open = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        long openStarted = System.nanoTime();
        for (int batch = 0; batch < sockets; batch += 200) {
            List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
            for (int s = batch; s < Math.min(sockets, batch + 200); s++) {
                Client client = new Client(s % tenants, new ConcurrentHashMap<>());
                clients.add(client);
                CountDownLatch hello = new CountDownLatch(1);
                opening.add(BenchService.HTTP.newWebSocketBuilder().buildAsync(URI.create(BenchService.base
                        .replaceFirst("^http", "ws") + "/api/v1/notifications/socket?token=" + tokens.get(client.tenant())),
                        listener(client, hello)).whenComplete((ws, failure) -> {
                            if (failure != null) {
                                refused.incrementAndGet();
                            } else {
                                open.add(ws);
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
        long openMillis = (System.nanoTime() - openStarted) / 1_000_000;
        Thread.sleep(2000); // let the hellos and the sessions settle before reading memory
        System.gc();
        long rssOpen = BenchService.rssKb(servicePid);
        long pgOpen = BenchService.postgresPssKb();

        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (int round = 1; round <= rounds; round++) {
            long[] sentAt = new long[tenants];
            for (int t = 0; t < tenants; t++) {
                sentAt[t] = System.nanoTime();
                BenchService.post("/api/v1/notifications/test", tokens.get(t), "{\"priority\":\"URGENT\"}", 201);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            final int r = round;
            while (System.nanoTime() < deadline && clients.stream().anyMatch(c -> !c.arrivals().containsKey(r))) {
                Thread.sleep(20);
            }
            for (Client c : clients) {
                Long at = c.arrivals().get(round);
                if (at == null) {
                    missing++;
                } else {
                    latencies.add((at - sentAt[c.tenant()]) / 1000);
                }
            }
        }
        Collections.sort(latencies);
        int n = latencies.size();
        String report = "Run on " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores; " + tenants + " owners, " + sockets + " sockets (" + sockets / tenants + " per owner), "
                + rounds + " rounds of one notification per owner.\n\n"
                + "| sockets open | refused | open time | service RSS before / with the sockets (MB) | PostgreSQL PSS (MB)"
                + " | deliveries | missing | latency p50 | p99 | max |\n|---|---|---|---|---|---|---|---|---|---|\n"
                + "| " + open.size() + " | " + refused.get() + " | " + openMillis + " ms | " + rssBefore / 1024 + " / "
                + rssOpen / 1024 + " | " + pgOpen / 1024 + " | " + n + " | " + missing + " | "
                + (n == 0 ? 0 : latencies.get(n / 2) / 1000) + " ms | "
                + (n == 0 ? 0 : latencies.get(Math.max(0, (int) Math.ceil(n * 0.99) - 1)) / 1000) + " ms | "
                + (n == 0 ? 0 : latencies.get(n - 1) / 1000) + " ms |\n"
                + "\nLatency: from just before the owner's POST to the notification's arrival on each of the owner's"
                + " sockets (the POST stores it, then it fans out).\n";
        System.out.println(report);
        System.exit(0);
    }

    /** Records the arrival round of each notification message ("type":"notification"); answers pings. */
    static WebSocket.Listener listener(Client client, CountDownLatch hello) {
        AtomicInteger seen = new AtomicInteger();
        StringBuilder partial = new StringBuilder();
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    if (message.contains("\"type\":\"hello\"")) {
                        hello.countDown();
                    } else if (message.contains("\"type\":\"notification\"")) {
                        client.arrivals().putIfAbsent(seen.incrementAndGet(), System.nanoTime());
                    }
                }
                ws.request(1);
                return null;
            }
        };
    }
}
