import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the benchmarks share: calls to the service under test, and the CPU and memory of the service and of its own
 * embedded PostgreSQL (the server on the service's data directory and its backends, never other servers on the
 * machine), read from /proc.
 */
public final class BenchService {

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The service's base URL, e.g. http://localhost:18091. */
    public static String base;
    /** The service's data directory (its PostgreSQL lives in postgres/ under it). */
    public static Path dataDir;

    private BenchService() {
    }

    public static String post(String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public static String put(String path, String token, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("PUT " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public static String get(String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    // ---- the stub: answers every request after a fixed delay, without holding a thread meanwhile ---------------

    /** A signed-up owner on ENTERPRISE (set in the database, as the operator would until billing exists). */
    public record Owner(String token, String businessId) {
    }

    /** Signs up an owner through the API, moves the tenant to ENTERPRISE and creates one business. */
    public static Owner enterpriseOwnerWithBusiness(java.sql.Connection db, String name) throws Exception {
        String email = "bench-" + System.nanoTime() + "@bench.test";
        String signup = post("/api/v1/auth/signup", null, "{\"accountName\":\"" + name + "\",\"ownerName\":\"Owner\","
                + "\"email\":\"" + email + "\",\"password\":\"a-long-enough-password\"}", 201);
        String token = field(signup, "accessToken");
        try (java.sql.Statement s = db.createStatement()) {
            s.executeUpdate("update tenant set plan_code = 'ENTERPRISE', tier = (select tier from plan where code = "
                    + "'ENTERPRISE') where id = '" + field(signup, "tenantId") + "'");
        }
        String business = field(post("/api/v1/businesses", token, "{\"name\":\"" + name + " shop\",\"category\":\"salon\","
                + "\"city\":\"Kolkata\",\"country\":\"IN\",\"latitude\":22.55,\"longitude\":88.35}", 201), "id");
        return new Owner(token, business);
    }

    /** A live signed-webhook connection of the business to the URL; its id. */
    public static String webhookConnection(String token, String businessId, String url, String secret) throws Exception {
        return field(post("/api/v1/businesses/" + businessId + "/connections", token, "{\"kind\":\"WEBHOOK\","
                + "\"mode\":\"LIVE\",\"platformIds\":{\"url\":\"" + url + "\"},\"credentials\":{\"secret\":\""
                + secret + "\"}}", 201), "id");
    }

    public static int postgresPort(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return Integer.parseInt(lines.get(3).trim());
    }

    /** CPU time of the service and of every PostgreSQL process (its children's too), in ms. */
    public static long cpuMillis(long servicePid) throws IOException {
        long ticks = 0;
        for (long pid : processes(servicePid)) {
            ticks += cpuTicks(pid);
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** Resident memory of the service's JVM. */
    public static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** This service's PostgreSQL processes together: their proportional set sizes (shared buffers counted once). */
    public static long postgresPssKb() {
        return postgres().stream().mapToLong(BenchService::pssKb).sum();
    }

    /** The service and its own PostgreSQL (the server on the service's data directory and its backends). */
    public static List<Long> processes(long servicePid) {
        List<Long> all = new ArrayList<>();
        all.add(servicePid);
        all.addAll(postgres());
        return all;
    }

    /** The postmaster started on this run's data directory and its children; other PostgreSQL servers on the machine are not counted. */
    public static List<Long> postgres() {
        String dir = dataDir.toAbsolutePath().normalize().toString();
        List<Long> pids = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("/postgres ") && c.contains(" -D " + dir)).orElse(false))
                .forEach(server -> {
                    pids.add(server.pid());
                    server.descendants().forEach(child -> pids.add(child.pid()));
                });
        return pids;
    }

    public static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Proportional set size: shared pages (PostgreSQL's shared buffers) counted once over its processes. */
    public static long pssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
