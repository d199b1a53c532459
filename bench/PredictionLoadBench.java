import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Single predictions of a deployed revenue forecast through the API of the packaged service (its own JVM, as it runs
 * in production), each with a bearer token, counted by the rate limiter, reserved against the plan's predictions per
 * day and stored: one client, then an open load at a fixed rate (each call due at a fixed moment, its latency counted
 * from then, so a stall shows in the latency of every call it delays). Run by bench/predictions.sh.
 */
public final class PredictionLoadBench {

    /** HTTP/1.1 with keep-alive, as most API clients call (the JDK client would otherwise upgrade to h2c). */
    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        BenchService.base = args[0];
        long servicePid = Long.parseLong(args[1]);
        Path dataDir = Path.of(args[2]);
        BenchService.dataDir = dataDir;
        int perMinute = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        String jdbc = "jdbc:postgresql://localhost:" + BenchService.postgresPort(dataDir) + "/postgres";
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            String[] owner = deployedForecast(db);
            String token = owner[0];
            String model = owner[1];
            StringBuilder report = new StringBuilder("Run on " + LocalDate.now() + ", "
                    + Runtime.getRuntime().availableProcessors() + " cores, load average at start "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + ".\n\n"
                    + "| load | predictions | failed | per minute | p50 | p99 | max | CPU ms per prediction: service + PostgreSQL |"
                    + " service RSS (MB) |\n|---|---|---|---|---|---|---|---|---|\n");
            paced(token, model, perMinute, 8, servicePid); // warm-up
            report.append(row("1 client", closed(token, model, 1_000, servicePid), servicePid));
            for (int rate : new int[] {perMinute, perMinute * 2}) {
                report.append(paced(token, model, rate, seconds, servicePid));
            }
            System.out.println(report);
        }
        System.exit(0);
    }

    /** A tenant on ENTERPRISE with 120 days of sales and a trained, deployed revenue forecast: its token and model. */
    static String[] deployedForecast(Connection db) throws Exception {
        String signup = BenchService.post("/api/v1/auth/signup", null, "{\"accountName\":\"Bench\",\"ownerName\":\"Owner\","
                + "\"email\":\"bench-" + System.nanoTime() + "@bench.test\",\"password\":\"a-long-enough-password\"}", 201);
        String token = BenchService.field(signup, "accessToken");
        UUID tenant = UUID.fromString(BenchService.field(signup, "tenantId"));
        try (Statement s = db.createStatement()) { // as the operator would; limits raised so the run measures the path
            s.executeUpdate("update plan set max_predictions_per_day = 10000000, max_api_requests_per_hour = 10000000 "
                    + "where code = 'ENTERPRISE'");
            s.executeUpdate("update tenant set plan_code = 'ENTERPRISE', tier = (select tier from plan where code = "
                    + "'ENTERPRISE') where id = '" + tenant + "'");
        }
        UUID business = UUID.fromString(BenchService.field(BenchService.post("/api/v1/businesses", token,
                "{\"name\":\"Bench salon\",\"category\":\"salon\",\"city\":\"Kolkata\",\"country\":\"IN\",\"latitude\":22.55,\"longitude\":88.35}", 201), "id"));
        UUID contact = UUID.randomUUID();
        try (PreparedStatement c = db.prepareStatement("insert into contact (id, tenant_id, name, tags, created_at, "
                + "updated_at) values (?, ?, 'x', '[]', now(), now())");
                PreparedStatement sale = db.prepareStatement("insert into sale (id, tenant_id, business_id, contact_id, "
                        + "amount_minor, currency, occurred_at, review_request_status, created_at) "
                        + "values (?, ?, ?, ?, ?, 'INR', ?, 'TOO_OLD', now())")) {
            c.setObject(1, contact);
            c.setObject(2, tenant);
            c.executeUpdate();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            for (int day = 120; day >= 1; day--) {
                LocalDate d = today.minusDays(day);
                double weekly = 1 + 0.3 * Math.sin(2 * Math.PI * d.getDayOfWeek().getValue() / 7.0);
                sale.setObject(1, UUID.randomUUID());
                sale.setObject(2, tenant);
                sale.setObject(3, business);
                sale.setObject(4, contact);
                sale.setLong(5, Math.round(30_000 * weekly + 50 * (120 - day)) * 100);
                sale.setObject(6, OffsetDateTime.of(d.atTime(12, 0), ZoneOffset.UTC));
                sale.executeUpdate();
            }
        }
        String model = BenchService.field(BenchService.post("/api/v1/analytics/models", token, "{\"name\":\"bench\","
                + "\"kind\":\"FORECAST\",\"target\":\"REVENUE\",\"businessId\":\"" + business + "\"}", 201), "id");
        BenchService.post("/api/v1/analytics/models/" + model + "/train", token, "", 202);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!BenchService.get("/api/v1/analytics/models/" + model + "/versions/1", token).contains("\"TRAINED\"")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the model was not trained within 2 minutes");
            }
            Thread.sleep(200);
        }
        BenchService.post("/api/v1/analytics/models/" + model + "/deploy", token, "{\"version\":1}", 200);
        return new String[] {token, model};
    }

    /** One prediction; its latency in µs from {@code from} (nanoTime), or -1 when it failed. */
    static long predict(String token, String model, long from) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BenchService.base
                    + "/api/v1/analytics/models/" + model + "/predict")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\":{}}")).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? (System.nanoTime() - from) / 1_000 : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    record Measured(List<Long> micros, long wallMillis, long cpuMillis, long serviceCpuMillis, long rssKb) {
    }

    static Measured closed(String token, String model, int calls, long servicePid) throws Exception {
        return measure(() -> {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                micros.add(predict(token, model, System.nanoTime()));
            }
            return micros;
        }, servicePid);
    }

    /** The calls due at a fixed rate from 32 client threads; a Markdown row, or null for a warm-up (seconds < 10). */
    static String paced(String token, String model, int perMinute, int seconds, long servicePid) throws Exception {
        int total = perMinute * seconds / 60;
        int threads = 32;
        Measured m = measure(() -> {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long started = System.nanoTime();
                List<Future<List<Long>>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    futures.add(pool.submit(() -> {
                        List<Long> mine = new ArrayList<>();
                        for (int k = first; k < total; k += threads) {
                            long due = started + (long) (k * 60_000_000_000L / perMinute);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            mine.add(predict(token, model, due));
                        }
                        return mine;
                    }));
                }
                List<Long> all = new ArrayList<>();
                for (Future<List<Long>> f : futures) {
                    all.addAll(f.get());
                }
                return all;
            } finally {
                pool.shutdown();
            }
        }, servicePid);
        return seconds < 10 ? null : row(String.format("%,d a minute, open", perMinute), m, servicePid);
    }

    interface Load {
        List<Long> run() throws Exception;
    }

    static Measured measure(Load load, long servicePid) throws Exception {
        long cpuBefore = BenchService.cpuMillis(servicePid);
        long serviceBefore = BenchService.cpuTicks(servicePid) * 10;
        long started = System.nanoTime();
        List<Long> micros = load.run();
        long wall = (System.nanoTime() - started) / 1_000_000;
        return new Measured(micros, wall, BenchService.cpuMillis(servicePid) - cpuBefore,
                BenchService.cpuTicks(servicePid) * 10 - serviceBefore, BenchService.rssKb(servicePid));
    }

    static String row(String load, Measured m, long servicePid) {
        List<Long> ok = new ArrayList<>(m.micros().stream().filter(x -> x >= 0).toList());
        Collections.sort(ok);
        int n = ok.size();
        int failed = m.micros().size() - n;
        String row = String.format("| %s | %d | %d | %,d | %.1f ms | %.1f ms | %.1f ms | %.2f + %.2f | %d |%n", load, n,
                failed, n * 60_000L / Math.max(1, m.wallMillis()), ok.get(n / 2) / 1000.0,
                ok.get(Math.max(0, (int) Math.ceil(n * 0.99) - 1)) / 1000.0, ok.get(n - 1) / 1000.0,
                (double) m.serviceCpuMillis() / n, (double) (m.cpuMillis() - m.serviceCpuMillis()) / n,
                m.rssKb() / 1024);
        System.err.print(row);
        return row;
    }
}
