import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The channel gateway's fan-out (issue 20): POST /api/v1/actions with three signed-webhook actions (EVENT on three
 * live WEBHOOK connections of one business) to a local stub answering after 100 ms; each action a durable delivery
 * row, its ledger entry, a fresh idempotency key per call. Run by bench/actions-fanout.sh against the packaged
 * service; prints a Markdown report. Phases: 1, 50 and 200 clients on one tenant; 50 clients spread over 10, 50 and
 * 100 tenants; 200 clients over 100 tenants.
 *
 * Arguments: base URL, service pid, data directory, seconds per load phase.
 */
public class ActionsFanoutBench {

    record Caller(String token, List<String> connections) {
    }

    public static void main(String[] args) throws Exception {
        BenchService.base = args[0];
        long servicePid = Long.parseLong(args[1]);
        Path dataDir = Path.of(args[2]);
        BenchService.dataDir = dataDir;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int stubPort = WorkflowWebhookBench.stub(100);
        String jdbc = "jdbc:postgresql://localhost:" + BenchService.postgresPort(dataDir) + "/postgres";
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            List<Caller> all = tenants(db, 100, stubPort);
            StringBuilder report = new StringBuilder();
            report.append("Run on ").append(LocalDate.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                    .append(" cores; ").append(seconds).append(" s per phase after a warm-up; stub delay 100 ms; load average at start ")
                    .append(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]).append(".\n\n")
                    .append("| tenants | clients | calls | calls/s | p50 | p99 | errors | CPU ms per call:"
                            + " service + PostgreSQL | database transactions per call | memory: service RSS + PostgreSQL PSS (MB) |\n")
                    .append("|---|---|---|---|---|---|---|---|---|---|\n");
            List<Caller> one = all.subList(0, 1);
            WorkflowWebhookBench.phase(one, ActionsFanoutBench::call, 1, 5, null, servicePid, db); // warm-up
            // the JIT keeps compiling for a minute or more at this load: a short warm-up made the first phases look
            // twice as costly per call as the later ones, whatever they measured (-Dbench.warmup=seconds)
            WorkflowWebhookBench.phase(all, ActionsFanoutBench::call, 50, Integer.getInteger("bench.warmup", 60), null,
                    servicePid, db);
            for (int clients : new int[] {1, 50, 200}) {
                report.append(WorkflowWebhookBench.phase(one, ActionsFanoutBench::call, clients, seconds, "1", servicePid, db));
            }
            for (int tenants : new int[] {10, 50, 100}) {
                report.append(WorkflowWebhookBench.phase(all.subList(0, tenants), ActionsFanoutBench::call, 50, seconds,
                        String.valueOf(tenants), servicePid, db));
            }
            report.append(WorkflowWebhookBench.phase(all, ActionsFanoutBench::call, 200, seconds, "100", servicePid, db));
            report.append(WorkflowWebhookBench.phase(one, ActionsFanoutBench::call, 50, seconds, "1 (again)", servicePid, db));
            report.append("\nStub calls: ").append(WorkflowWebhookBench.stubCalls.get()).append(".\n");
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "select status, count(*) from delivery group by status order by status")) {
                report.append("Deliveries stored: ");
                while (r.next()) {
                    report.append(r.getString(1)).append(' ').append(r.getLong(2)).append("; ");
                }
                report.append('\n');
            }
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select status, error_kind, error_code,"
                    + " left(error_message, 200), count(*) from delivery where status <> 'SENT' group by 1, 2, 3, 4 limit 5")) {
                while (r.next()) {
                    report.append("Not sent: ").append(r.getLong(5)).append(" x ").append(r.getString(1)).append(' ')
                            .append(r.getString(2)).append(' ').append(r.getString(3)).append(' ').append(r.getString(4)).append('\n');
                }
            }
            System.out.println(report);
        }
        System.exit(0);
    }

    static boolean call(Caller caller) {
        StringBuilder body = new StringBuilder("{\"actions\":[");
        for (int i = 0; i < caller.connections().size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"connectionId\":\"").append(caller.connections().get(i))
                    .append("\",\"idempotencyKey\":\"").append(UUID.randomUUID())
                    .append("\",\"action\":{\"type\":\"EVENT\",\"event\":\"order.paid\",\"data\":{\"order\":\"A-1\",\"total\":1499}}}");
        }
        body.append("]}");
        try {
            HttpResponse<String> r = BenchService.HTTP.send(HttpRequest.newBuilder(URI.create(BenchService.base + "/api/v1/actions"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + caller.token())
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().split("\"SENT\"", -1).length == caller.connections().size() + 1;
        } catch (Exception e) {
            return false;
        }
    }

    static List<Caller> tenants(Connection db, int count, int stubPort) throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BenchService.Owner owner = BenchService.enterpriseOwnerWithBusiness(db, "Fan-out " + i);
            String token = owner.token();
            String business = owner.businessId();
            List<String> connections = new ArrayList<>();
            for (String path : List.of("a", "b", "c")) {
                connections.add(BenchService.webhookConnection(token, business, "http://localhost:" + stubPort + "/" + path,
                        "bench-secret-" + path));
            }
            callers.add(new Caller(token, connections));
        }
        return callers;
    }
}
