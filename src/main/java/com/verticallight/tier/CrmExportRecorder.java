package com.verticallight.tier;

import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.job.RunningJob;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes how a try of an export went: each batch tried, then the export's counts and status, in one transaction. */
@ApplicationScoped
public class CrmExportRecorder {

    @Inject
    CrmExportRunRepository runs;

    @Inject
    CrmExportBatchRepository batches;

    @Inject
    Clock clock;

    /** Everything planned, the batches tried now and their outcomes (same order as tried). */
    public record Sent(List<CrmExportPages.Planned> planned, List<CrmExportPages.Planned> tried,
            List<ActionOutcome> outcomes) {
    }

    /** Returns the last error while a batch failed (the job is to be retried, or has run out of attempts), or null. */
    @WithTransaction
    public Uni<String> record(RunningJob job, UUID exportId, Sent sent) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return runs.getById(exportId, "CRM export").chain(run -> batches.list("exportId = :e", Map.of("e", exportId),
                null).chain(known -> {
                    Map<Integer, CrmExportBatch> byNumber = known.stream().collect(Collectors.toMap(b -> b.batch,
                            Function.identity()));
                    return Multi.createFrom().range(0, sent.tried().size())
                            .onItem().transformToUniAndConcatenate(i -> write(exportId, byNumber.get(
                                    sent.tried().get(i).batch()), sent.tried().get(i), sent.outcomes().get(i), now))
                            .collect().asList()
                            .chain(() -> batches.list("exportId = :e", Map.of("e", exportId), "batch"))
                            .chain(all -> finish(run, job, sent, all, now));
                }));
    }

    private Uni<CrmExportBatch> write(UUID exportId, CrmExportBatch known, CrmExportPages.Planned planned,
            ActionOutcome outcome, Instant now) {
        CrmExportBatch batch = known == null ? new CrmExportBatch() : known;
        batch.exportId = exportId;
        batch.batch = planned.batch();
        batch.kind = planned.kind();
        batch.items = planned.items().size();
        batch.deliveryId = outcome.deliveryId();
        batch.updatedAt = now;
        if (accepted(outcome.status())) {
            batch.status = outcome.status() == DeliveryStatus.SIMULATED ? CrmExportBatch.Status.SIMULATED
                    : CrmExportBatch.Status.SENT;
            batch.lastError = null;
        } else {
            batch.status = CrmExportBatch.Status.FAILED;
            batch.failedTries++;
            batch.lastError = outcome.status() + (outcome.errorKind() == null ? "" : " " + outcome.errorKind())
                    + (outcome.message() == null ? "" : ": " + outcome.message());
        }
        return known == null ? batches.add(batch) : batches.flush(batch);
    }

    private Uni<String> finish(CrmExportRun run, RunningJob job, Sent sent, List<CrmExportBatch> all, Instant now) {
        run.contacts = (int) count(sent, CrmExportBatch.Kind.CONTACTS);
        run.leads = (int) count(sent, CrmExportBatch.Kind.LEADS);
        run.batches = sent.planned().size();
        run.attempts = job.attempt();
        run.updatedAt = now;
        String failure = all.stream().filter(b -> b.status == CrmExportBatch.Status.FAILED)
                .map(b -> "batch " + b.batch + ": " + b.lastError).findFirst().orElse(null);
        if (failure == null) {
            run.status = CrmExportRun.Status.DONE;
            run.lastError = null;
            run.finishedAt = now;
        } else {
            run.lastError = failure;
            run.status = job.attempt() >= run.maxAttempts ? CrmExportRun.Status.FAILED : CrmExportRun.Status.RETRYING;
            run.finishedAt = run.status == CrmExportRun.Status.FAILED ? now : null;
        }
        return runs.flush(run).replaceWith(failure);
    }

    private static long count(Sent sent, CrmExportBatch.Kind kind) {
        return sent.planned().stream().filter(p -> p.kind() == kind).mapToLong(p -> p.items().size()).sum();
    }

    private static boolean accepted(DeliveryStatus status) {
        return status == DeliveryStatus.SENT || status == DeliveryStatus.DELIVERED || status == DeliveryStatus.READ
                || status == DeliveryStatus.SIMULATED;
    }
}
