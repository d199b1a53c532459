import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The dashboard reads at a fixed arrival rate (issue 20): GET /businesses/{id}/metrics (the month), today's plan
 * (GET /businesses/{id}/daily-plan) and GET /api/v1/home, each request for a random one of N tenants that each hold
 * one year of ledger, deliveries, sales and daily plans seeded straight into the embedded PostgreSQL.
 * Run by bench/dashboard.sh against the packaged service; prints a Markdown report.
 *
 * Arguments: base URL, service pid, data directory, seconds per phase, tenants, requests per second.
 */
public class DashboardBench {

    static final String PASSWORD = "Bench-password-2026!";

    record Tenant(String tenantId, String userId, String businessId, String token) {
    }

    public static void main(String[] args) throws Exception {
        BenchService.base = args[0];
        long servicePid = Long.parseLong(args[1]);
        Path dataDir = Path.of(args[2]);
        BenchService.dataDir = dataDir;
        int seconds = Integer.parseInt(args[3]);
        int tenants = Integer.parseInt(args[4]);
        int rate = Integer.parseInt(args[5]);
        String jdbc = "jdbc:postgresql://localhost:" + BenchService.postgresPort(dataDir) + "/postgres";
        StringBuilder report = new StringBuilder();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            List<Tenant> all = seed(db, tenants, dataDir, report);
            report.append("\nRun on ").append(LocalDate.now()).append(", ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores; ").append(seconds)
                    .append(" s per phase at ").append(rate).append(" requests/s (open loop, each request for a random tenant)")
                    .append(" after a 10 s warm-up of each.\n\n")
                    .append("| read | requests sent | answered/s | p50 | p99 | max | errors | CPU ms per request: service + PostgreSQL"
                            + " | load generator CPU ms/request | DB transactions per request | load average (1 min) at end |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            String[] names = {"metrics (month)", "today's plan", "Home"};
            for (int which = 0; which < 3; which++) {
                phase(all, which, rate, 10, servicePid, db, null);
                report.append(phase(all, which, rate, seconds, servicePid, db, names[which]));
            }
        }
        System.out.print(report);
    }

    // ---- the generator -----------------------------------------------------------------------------------------

    static List<Tenant> seed(Connection db, int tenants, Path dataDir, StringBuilder report) throws Exception {
        String email = "bench-0@example.in";
        if (seeded(db)) {
            report.append("Data seeded by an earlier run on this data directory (reused).\n\n");
            sizes(db, tenants, report);
            return tenants(db, dataDir, email);
        }
        String signup = BenchService.post("/api/v1/auth/signup", null, "{\"accountName\":\"Bench 0\",\"ownerName\":\"Owner\","
                + "\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", 201);
        String token = BenchService.field(signup, "accessToken");
        String tenantId = BenchService.field(signup, "tenantId");
        String userId = BenchService.field(signup, "userId");
        String business = BenchService.field(BenchService.post("/api/v1/businesses", token, "{\"name\":\"Bench salon\","
                + "\"category\":\"salon\",\"city\":\"Kolkata\",\"country\":\"IN\",\"latitude\":22.5535,\"longitude\":88.3525}", 201), "id");
        long started = System.nanoTime();
        String[] steps = seedSql(tenants, tenantId, userId, business);
        try (Statement s = db.createStatement()) {
            for (String step : steps) {
                long t = System.nanoTime();
                s.execute(step);
                System.err.printf("seed: %.1f s  %s%n", (System.nanoTime() - t) / 1e9,
                        step.strip().lines().findFirst().orElse(""));
            }
        }
        double seedSeconds = (System.nanoTime() - started) / 1e9;
        report.append("Seeded ").append(tenants).append(" tenants (one business each, plan BASIC) x 366 days in ")
                .append(String.format(Locale.ROOT, "%.0f s", seedSeconds)).append(":\n\n");
        try (Statement s = db.createStatement()) {
            s.execute("vacuum analyze");
        }
        sizes(db, tenants, report);
        return tenants(db, dataDir, email);
    }

    static void sizes(Connection db, int tenants, StringBuilder report) throws Exception {
        report.append("| table | rows | table + indexes (MB) | bytes per tenant-year |\n|---|---|---|---|\n");
        try (Statement s = db.createStatement()) {
            for (String table : new String[] {"automation_ledger", "delivery", "sale", "contact", "daily_plan",
                    "daily_plan_task", "ledger_day"}) {
                try (ResultSet r = s.executeQuery("select to_regclass('" + table + "') is null")) {
                    r.next();
                    if (r.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet r = s.executeQuery("select (select count(*) from " + table + "), pg_total_relation_size('"
                        + table + "')")) {
                    r.next();
                    report.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,d |%n", table, r.getLong(1),
                            r.getLong(2) / 1048576.0, r.getLong(2) / tenants));
                }
            }
            try (ResultSet r = s.executeQuery("select pg_database_size('postgres')")) {
                r.next();
                report.append(String.format(Locale.ROOT, "| whole database | | %.1f | %,d |%n", r.getLong(1) / 1048576.0,
                        r.getLong(1) / tenants));
            }
        }
    }

    static boolean seeded(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select to_regclass('bench_tenant') is not null")) {
            r.next();
            return r.getBoolean(1);
        }
    }

    /** A token for each tenant's owner: the first owner's real token (one login) with the ids swapped, signed with the service's key. */
    static List<Tenant> tenants(Connection db, Path dataDir, String email) throws Exception {
        String token;
        String tenantId;
        String userId;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select tenant_id, user_id from bench_tenant where n = 0")) {
            r.next();
            tenantId = r.getString(1);
            userId = r.getString(2);
        }
        token = BenchService.field(BenchService.post("/api/v1/auth/login", null, "{\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\"}", 200), "accessToken");
        List<Tenant> all = new ArrayList<>();
        PrivateKey key = privateKey(dataDir);
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)
                .replaceAll("\"exp\":\\d+", "\"exp\":" + (System.currentTimeMillis() / 1000 + 7200));
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select n, tenant_id, user_id, business_id from bench_tenant order by n")) {
            while (r.next()) {
                String claims = payload.replace(tenantId, r.getString(2)).replace(userId, r.getString(3))
                        .replace(email, "bench-" + r.getInt(1) + "@example.in");
                all.add(new Tenant(r.getString(2), r.getString(3), r.getString(4), sign(claims, key)));
            }
        }
        BenchService.get("/api/v1/home", all.get(all.size() - 1).token()); // a minted token is accepted
        return all;
    }

    /** The statements that clone the first tenant N-1 times and give every business a year of history. */
    static String[] seedSql(int tenants, String tenantId, String userId, String business) {
        String clone = "insert into %1$s select (jsonb_populate_record(null::%1$s, to_jsonb(x) || jsonb_build_object(%2$s))).*"
                + " from %1$s x join bench_tenant m on m.n > 0 where x.id = '%3$s'";
        return new String[] {
            "update tenant set plan_code = 'BASIC', tier = 'LOCAL' where id = '" + tenantId + "'",
            "create table bench_tenant as select n, case when n = 0 then '" + tenantId + "'::uuid else gen_random_uuid() end as tenant_id,"
                    + " case when n = 0 then '" + userId + "'::uuid else gen_random_uuid() end as user_id,"
                    + " case when n = 0 then '" + business + "'::uuid else gen_random_uuid() end as business_id"
                    + " from generate_series(0, " + (tenants - 1) + ") n",
            String.format(clone, "tenant", "'id', m.tenant_id, 'name', 'Bench ' || m.n", tenantId),
            String.format(clone, "app_user", "'id', m.user_id, 'tenant_id', m.tenant_id, 'email', 'bench-' || m.n || '@example.in'",
                    userId),
            String.format(clone, "business", "'id', m.business_id, 'tenant_id', m.tenant_id,"
                    + " 'lead_form_key', replace(gen_random_uuid()::text, '-', '')", business),
            // 100 customers per tenant
            "insert into contact (id, tenant_id, name, phone_e164, tags, created_at, updated_at)"
                    + " select gen_random_uuid(), m.tenant_id, 'Customer ' || c, '+9198' || lpad((m.n * 100 + c)::text, 8, '0'),"
                    + " '[]', now() - interval '400 days', now() - interval '400 days'"
                    + " from bench_tenant m, generate_series(1, 100) c",
            // one year of days per business (yesterday back 365 days, and today), local dates of Asia/Kolkata
            "create table bench_day as select m.*, d::date as day from bench_tenant m,"
                    + " generate_series((now() at time zone 'Asia/Kolkata')::date - 365, (now() at time zone 'Asia/Kolkata')::date, interval '1 day') d",
            // 8 ledger rows a business-day: 7 automated kinds and a manual one; 1 in 20 failed, 1 in 10 in sandbox
            "insert into automation_ledger (id, tenant_id, business_id, task_type, automated, sandbox, outcome,"
                    + " minutes_saved_baseline, minutes_spent, revenue_attributed_minor, started_at, ended_at, error, reference, created_at)"
                    + " select gen_random_uuid(), d.tenant_id, d.business_id, k.type, k.minutes > 0 or k.i < 8, random() < 0.1,"
                    + " case when random() < 0.05 then 'FAILED' else 'DONE' end, k.minutes, case when k.i = 8 then 15 end,"
                    + " case when k.type in ('lead_reply', 'referral_conversion') then (random() * 200000)::bigint end,"
                    + " t - interval '1 minute', t, null, 'bench', t"
                    + " from bench_day d, (values (1, 'social_post', 20), (2, 'google_post', 15), (3, 'review_reply', 10),"
                    + " (4, 'lead_reply', 5), (5, 'appointment_reminder', 5), (6, 'payment_reminder', 5),"
                    + " (7, 'referral_conversion', 0), (8, 'manual:call-back', 0)) k(i, type, minutes),"
                    + " lateral (select (d.day + time '08:00' + k.i * interval '97 minutes') at time zone 'Asia/Kolkata' as t) w"
                    + " where t <= now()",
            // 8 deliveries a business-day
            "insert into delivery (id, tenant_id, channel, action_type, idempotency_key, recipient, mode, status, platform_id,"
                    + " attempts, created_at, updated_at, task_type)"
                    + " select gen_random_uuid(), d.tenant_id, k.channel, k.action, 'bench-' || d.day || '-' || k.i, '+919800000000',"
                    + " 'LIVE', case when random() < 0.03 then 'FAILED' else 'SENT' end, 'p-' || k.i, 1, t, t, k.action"
                    + " from bench_day d, (values (1, 'FACEBOOK', 'POST'), (2, 'GOOGLE', 'POST'), (3, 'GOOGLE', 'REVIEW_REPLY'),"
                    + " (4, 'WHATSAPP', 'MESSAGE'), (5, 'WHATSAPP', 'MESSAGE'), (6, 'WHATSAPP', 'MESSAGE'), (7, 'SMS', 'MESSAGE'),"
                    + " (8, 'EMAIL', 'MESSAGE')) k(i, channel, action),"
                    + " lateral (select (d.day + time '08:00' + k.i * interval '97 minutes') at time zone 'Asia/Kolkata' as t) w"
                    + " where t <= now()",
            // 3 sales a business-day
            "insert into sale (id, tenant_id, business_id, contact_id, amount_minor, currency, occurred_at, review_request_status, created_at)"
                    + " select gen_random_uuid(), d.tenant_id, d.business_id, c.id, (50000 + random() * 300000)::bigint, 'INR', t, 'SKIPPED', t"
                    + " from bench_day d, generate_series(1, 3) s,"
                    + " lateral (select id from contact where tenant_id = d.tenant_id offset ((s * 37 + extract(doy from d.day)::int) % 100) limit 1) c,"
                    + " lateral (select (d.day + time '11:00' + s * interval '2 hours') at time zone 'Asia/Kolkata' as t) w"
                    + " where t <= now()",
            // a daily plan a business-day with its 4 tasks
            "insert into daily_plan (id, tenant_id, business_id, plan_date, slot, status, trigger, time_zone, scheduled_for,"
                    + " started_at, finished_at, runs, created_at)"
                    + " select gen_random_uuid(), d.tenant_id, d.business_id, d.day, 'DAY', 'DONE', 'SCHEDULED', 'Asia/Kolkata',"
                    + " t, t, t + interval '2 minutes', 1, t"
                    + " from bench_day d, lateral (select (d.day + time '08:00') at time zone 'Asia/Kolkata' as t) w",
            "insert into daily_plan_task (id, tenant_id, plan_id, business_id, task_key, position, task_type, channel, mode,"
                    + " title, status, attempts, started_at, finished_at)"
                    + " select gen_random_uuid(), p.tenant_id, p.id, p.business_id, k.key, k.i, k.type, k.channel, 'AUTOMATED',"
                    + " k.title, 'DONE', 1, p.started_at, p.finished_at"
                    + " from daily_plan p, (values (1, 'post:facebook', 'social_post', 'FACEBOOK', 'Post on Facebook'),"
                    + " (2, 'post:google', 'google_post', 'GOOGLE_BUSINESS', 'Post on Google'),"
                    + " (3, 'reviews:google', 'review_reply', 'GOOGLE_BUSINESS', 'Reply to new reviews'),"
                    + " (4, 'reminders', 'appointment_reminder', 'WHATSAPP', 'Send tomorrow''s reminders')) k(i, key, type, channel, title)"
                    + " where p.tenant_id in (select tenant_id from bench_tenant)",
            "drop table bench_day"
        };
    }

    static PrivateKey privateKey(Path dataDir) throws Exception {
        Path pem;
        try (Stream<Path> files = Files.walk(dataDir, 3)) {
            pem = files.filter(p -> p.getFileName().toString().equals("private.pem")).findFirst().orElseThrow();
        }
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** An RS256 token with the claims of a real one but another user and tenant, signed with the service's own key. */
    static String sign(String claims, PrivateKey key) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64.encodeToString(rsa.sign());
    }

    // ---- the load ------------------------------------------------------------------------------------------------

    static String path(Tenant t, int which) {
        return switch (which) {
            case 0 -> "/api/v1/businesses/" + t.businessId() + "/metrics";
            case 1 -> "/api/v1/businesses/" + t.businessId() + "/daily-plan";
            default -> "/api/v1/home";
        };
    }

    /** Sends requests at a fixed rate for the given seconds; latency counts from each request's planned start. */
    static String phase(List<Tenant> all, int which, int rate, int seconds, long servicePid, Connection db, String name)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong pending = new AtomicLong();
        long serviceBefore = BenchService.cpuTicks(servicePid) * 10;
        long allBefore = BenchService.cpuMillis(servicePid);
        long selfBefore = BenchService.cpuTicks(ProcessHandle.current().pid());
        long txBefore = transactions(db);
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long planned = start + i * 1_000_000_000L / rate;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Tenant t = all.get(ThreadLocalRandom.current().nextInt(all.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(BenchService.base + path(t, which)))
                    .header("Authorization", "Bearer " + t.token()).build();
            pending.incrementAndGet();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                } else {
                    latencies.add(System.nanoTime() - planned);
                }
                pending.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        errors.addAndGet(pending.get());
        long service = BenchService.cpuTicks(servicePid) * 10 - serviceBefore;
        long postgres = BenchService.cpuMillis(servicePid) - allBefore - service;
        long self = (BenchService.cpuTicks(ProcessHandle.current().pid()) - selfBefore) * 10;
        long tx = transactions(db) - txBefore;
        if (name == null) {
            return "";
        }
        List<Long> sorted = new ArrayList<>(latencies);
        sorted.sort(null);
        return String.format(Locale.ROOT, "| %s | %,d | %.0f | %s | %s | %s | %d | %.2f + %.2f | %.2f | %.1f | %s |%n", name,
                total, sorted.size() / wall, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0), errors.get(),
                (double) service / total, (double) postgres / total, (double) self / total, (double) tx / total,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    static String ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(Math.max(0, i)) / 1e6);
    }

    static long transactions(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "select xact_commit + xact_rollback from pg_stat_database where datname = 'postgres'")) {
            r.next();
            return r.getLong(1);
        }
    }
}
