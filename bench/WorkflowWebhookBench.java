import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow engine against the work a user would build in n8n: a webhook trigger (synchronous answer) → a parallel
 * step with three external API steps to a local stub that answers after 100 ms → the answer with all three outputs.
 * Run by bench/workflow-webhook.sh against the packaged service; prints a Markdown report.
 *
 * Arguments: base URL, service pid, data directory, seconds per load phase.
 */
public class WorkflowWebhookBench {

    static final AtomicLong stubCalls = new AtomicLong();

    public static void main(String[] args) throws Exception {
        BenchService.base = args[0];
        long servicePid = Long.parseLong(args[1]);
        Path dataDir = Path.of(args[2]);
        BenchService.dataDir = dataDir;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int stubPort = stub(100);
        String jdbc = "jdbc:postgresql://localhost:" + BenchService.postgresPort(dataDir) + "/postgres";
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            List<Hook> one = tenants(db, 1, stubPort);
            List<Hook> hundred = tenants(db, 100, stubPort);
            StringBuilder report = new StringBuilder();
            report.append("Run on ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores; ").append(seconds).append(" s per phase after a warm-up; stub delay 100 ms; load average at start ")
                    .append(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]).append(".\n\n")
                    .append("| tenants | clients | executions | executions/s | p50 | p99 | errors | CPU ms per execution:"
                            + " service + PostgreSQL | database transactions per execution | memory: service RSS + PostgreSQL PSS (MB) |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            phase(one, 1, 5, null, servicePid, db); // warm-up
            // the JIT keeps compiling for a minute or more at this load: with a 10 s warm-up the first phases cost
            // up to twice the CPU per execution of the later ones (-Dbench.warmup=seconds)
            phase(hundred, 50, Integer.getInteger("bench.warmup", 60), null, servicePid, db);
            for (int clients : new int[] {1, 50, 200}) {
                report.append(phase(one, clients, seconds, "1", servicePid, db));
            }
            for (int clients : new int[] {50, 200}) {
                report.append(phase(hundred, clients, seconds, "100", servicePid, db));
            }
            report.append(phase(one, 50, seconds, "1 (again)", servicePid, db));
            report.append("\nStub calls: ").append(stubCalls.get()).append(".\n");
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select status, count(*) from workflow_execution group by status order by status")) {
                report.append("Executions stored: ");
                while (r.next()) {
                    report.append(r.getString(1)).append(' ').append(r.getLong(2)).append("; ");
                }
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select count(*) from workflow_step_run")) {
                r.next();
                report.append("step runs stored: ").append(r.getLong(1)).append(".\n");
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select error, count(*) from workflow_execution where status = 'FAILED' group by error limit 5")) {
                while (r.next()) {
                    report.append("Failed: ").append(r.getLong(2)).append(" x ").append(r.getString(1)).append("\n");
                }
            }
            System.out.println(report);
        }
        System.exit(0);
    }

    record Hook(String workflowId, String secret) {
    }

    /** Runs the clients for a time over the hooks (round robin); a Markdown row, or null for a warm-up. */
    static String phase(List<Hook> hooks, int clients, int seconds, String label, long servicePid, Connection db)
            throws Exception {
        return phase(hooks, WorkflowWebhookBench::call, clients, seconds, label, servicePid, db);
    }

    /** Runs the clients for a time over the targets (round robin), each call by {@code call}; a Markdown row, or null. */
    static <T> String phase(List<T> hooks, java.util.function.Predicate<T> call, int clients, int seconds, String label,
            long servicePid, Connection db) throws Exception {
        String recording = label == null || System.getProperty("bench.jfr") == null ? null
                : "target/bench/" + System.getProperty("bench.jfr") + "-" + label + "x" + clients + ".jfr";
        if (recording != null) { // -Dbench.jfr=name: a JFR recording of the service per measured phase
            new ProcessBuilder("jcmd", String.valueOf(servicePid), "JFR.start", "name=phase", "settings=profile",
                    "filename=" + Path.of(recording).toAbsolutePath()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        long serviceBefore = BenchService.cpuTicks(servicePid) * 10;
        long cpuBefore = BenchService.cpuMillis(servicePid);
        long txBefore = transactions(db);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        T hook = hooks.get(Math.floorMod(next.getAndIncrement(), hooks.size()));
                        long t0 = System.nanoTime();
                        boolean ok = call.test(hook);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (ok) {
                            latencies.add(micros);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        done.await();
        long wall = (System.nanoTime() - started) / 1_000_000;
        long cpu = BenchService.cpuMillis(servicePid) - cpuBefore;
        long serviceCpu = BenchService.cpuTicks(servicePid) * 10 - serviceBefore;
        long tx = transactions(db) - txBefore;
        String memory = BenchService.rssKb(servicePid) / 1024 + " + " + BenchService.postgresPssKb() / 1024 + " = "
                + (BenchService.rssKb(servicePid) + BenchService.postgresPssKb()) / 1024;
        if (recording != null) {
            new ProcessBuilder("jcmd", String.valueOf(servicePid), "JFR.stop", "name=phase").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
        if (label == null) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int n = sorted.size();
        long p50 = n == 0 ? 0 : sorted.get(n / 2) / 1000;
        long p99 = n == 0 ? 0 : sorted.get(Math.max(0, (int) Math.ceil(n * 0.99) - 1)) / 1000;
        String row = String.format("| %s | %d | %d | %d | %d ms | %d ms | %d | %.1f + %.1f | %.1f | %s |%n", label, clients, n,
                n * 1000L / Math.max(1, wall), p50, p99, errors.get(), n == 0 ? 0.0 : (double) serviceCpu / n,
                n == 0 ? 0.0 : (double) (cpu - serviceCpu) / n,
                n == 0 ? 0.0 : (double) tx / n, memory);
        System.err.print(row);
        return row;
    }

    static boolean call(Hook hook) {
        try {
            HttpResponse<String> r = BenchService.HTTP.send(HttpRequest.newBuilder(URI.create(BenchService.base + "/public/workflows/"
                    + hook.workflowId() + "/webhook")).header("Content-Type", "application/json")
                    .header("X-Vlos-Token", hook.secret()).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"order\":\"A-1\",\"total\":1499}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"a\"") && r.body().contains("\"b\"")
                    && r.body().contains("\"c\"") && r.body().contains("SUCCEEDED");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    // ---- set-up through the API, as a user would --------------------------------------------------------------

    static List<Hook> tenants(Connection db, int count, int stubPort) throws Exception {
        List<Hook> hooks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BenchService.Owner owner = BenchService.enterpriseOwnerWithBusiness(db, "Bench " + i);
            String token = owner.token();
            String business = owner.businessId();
            String connection = BenchService.webhookConnection(token, business, "http://localhost:" + stubPort, "bench-secret");
            String workflow = BenchService.field(BenchService.post("/api/v1/workflows", token, definition(connection, stubPort), 201), "id");
            BenchService.post("/api/v1/workflows/" + workflow + "/publish", token, "", 200);
            String secret = BenchService.field(BenchService.get("/api/v1/workflows/" + workflow + "/webhook", token), "secret");
            hooks.add(new Hook(workflow, secret));
        }
        return hooks;
    }

    static String definition(String connection, int stubPort) {
        String call = "{\"id\":\"%s\",\"type\":\"externalApi\",\"settings\":{\"connectionId\":\"" + connection
                + "\",\"method\":\"POST\",\"url\":\"http://localhost:" + stubPort + "/orders/{{trigger.order}}\",\"body\":{\"order\":\"{{trigger.order}}\"}}}";
        return "{\"name\":\"Order fan-out\",\"trigger\":{\"type\":\"webhook\",\"settings\":{\"mode\":\"sync\","
                + "\"timeoutMs\":30000}},\"steps\":[{\"id\":\"fan\",\"type\":\"parallel\",\"settings\":{\"branches\":"
                + "[\"a\",\"b\",\"c\"]}}," + String.format(call, "a") + "," + String.format(call, "b") + ","
                + String.format(call, "c") + "],\"output\":\"{'a': steps.a.output.body, 'b': steps.b.output.body,"
                + " 'c': steps.c.output.body}\"}";
    }

    /**
     * A local platform answering after {@code delayMillis}. TCP_NODELAY on: the JDK's server defaults to Nagle's
     * algorithm (sun.net.httpserver.nodelay=false), which held each answer's body back until the client's delayed ACK,
     * about 40 ms later, so every call looked 140 ms long (measured 2026-12-07, late night; docs/benchmarks.md).
     * Also set on the command line, as the server reads it once.
     */
    static int stub(long delayMillis) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            byte[] request = readAll(exchange.getRequestBody());
            stubCalls.incrementAndGet();
            timer.schedule(() -> answer(exchange, request), delayMillis, TimeUnit.MILLISECONDS);
        });
        server.start();
        return server.getAddress().getPort();
    }

    static void answer(HttpExchange exchange, byte[] request) {
        try (exchange) {
            byte[] body = ("{\"received\":" + request.length + ",\"ok\":true}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException ignored) {
            // the client went away
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    // ---- what it cost ----------------------------------------------------------------------------------------

    static long transactions(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select xact_commit + xact_rollback from pg_stat_database where datname = 'postgres'")) {
            r.next();
            return r.getLong(1);
        }
    }

}
