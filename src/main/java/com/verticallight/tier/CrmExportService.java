package com.verticallight.tier;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts a CRM export (the export row and its "crm.export" job in one transaction, so the request returns at once
 * and nothing is lost if the service stops) and reports how it is going. {@link CrmExportJob} does the sending.
 */
@ApplicationScoped
public class CrmExportService {

    @Inject
    ConnectionService connections;

    @Inject
    CrmExportRunRepository runs;

    @Inject
    CrmExportBatchRepository batches;

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    @ConfigProperty(name = "vlos.crm-export.max-attempts", defaultValue = "5")
    int maxAttempts;

    /** The payload of a "crm.export" job. */
    public record Payload(UUID exportId) {
    }

    @WithTransaction
    public Uni<CrmExport.Accepted> start(CrmExport.Request request) {
        return connections.resolve(List.of(request.connectionId()))
                .invoke(found -> requireWebhook(found.get(request.connectionId())))
                .chain(() -> runs.add(newRun(request)))
                .chain(run -> jobs.schedule(new JobRequest(CrmExportJob.KIND, JsonText.write(new Payload(run.id)),
                        run.createdAt, "crm-export:" + run.id, "crm-export:" + run.id, run.maxAttempts))
                        .chain(job -> {
                            run.jobId = job.id;
                            return runs.flush(run);
                        }))
                .map(run -> new CrmExport.Accepted(run.id, run.jobId, run.status, "/api/v1/crm-exports/" + run.id));
    }

    @WithSession
    public Uni<CrmExport.Status> status(UUID exportId) {
        return runs.getById(exportId, "CRM export").chain(run -> batches.list("exportId = :e", Map.of("e", run.id),
                "batch").map(found -> view(run, found)));
    }

    static CrmExport.Status view(CrmExportRun run, List<CrmExportBatch> found) {
        long sent = found.stream().filter(b -> b.status != CrmExportBatch.Status.FAILED).count();
        long failed = found.size() - sent;
        return new CrmExport.Status(run.id, run.connectionId, run.jobId, run.status, run.contacts, run.leads,
                run.batches, sent, failed, run.attempts, run.maxAttempts, run.lastError, run.createdAt, run.finishedAt,
                found.stream().map(b -> new CrmExport.Batch(b.batch, b.kind, b.items, b.status, b.failedTries,
                        b.deliveryId, b.lastError)).toList());
    }

    private CrmExportRun newRun(CrmExport.Request request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CrmExportRun run = new CrmExportRun();
        run.connectionId = request.connectionId();
        run.batchSize = request.size();
        run.status = CrmExportRun.Status.PENDING;
        run.maxAttempts = maxAttempts;
        run.createdAt = now;
        run.updatedAt = now;
        return run;
    }

    static void requireWebhook(ResolvedConnection connection) {
        if (connection == null) {
            throw ProblemException.invalid("connectionId", Text.of("field.noSuchConnection"));
        }
        if (connection.kind() != ChannelKind.WEBHOOK) {
            throw ProblemException.invalid("connectionId", Text.of("tier.webhookConnection", Map.of("kind", connection.kind().name())));
        }
    }
}
