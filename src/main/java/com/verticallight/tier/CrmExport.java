package com.verticallight.tier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the CRM export API speaks. */
public final class CrmExport {

    public static final String CONTACTS_EVENT = "crm.contacts.batch";
    public static final String LEADS_EVENT = "crm.leads.batch";
    public static final String TASK_TYPE = "crm_export";

    private CrmExport() {
    }

    @Schema(name = "CrmExportRequest")
    public record Request(@NotNull @Schema(description = "A WEBHOOK connection: the CRM's endpoint and signing secret") UUID connectionId,
            @Min(1) @Max(500) @Schema(description = "Contacts or leads per signed request (default 100)") Integer batchSize) {

        int size() {
            return batchSize == null ? 100 : batchSize;
        }
    }

    @Schema(name = "CrmExportAccepted")
    public record Accepted(UUID exportId, UUID jobId, CrmExportRun.Status status,
            @Schema(description = "Where to follow the export") String statusUrl) {
    }

    @Schema(name = "CrmExportBatch")
    public record Batch(int batch, CrmExportBatch.Kind kind, int items, CrmExportBatch.Status status,
            @Schema(description = "Tries that failed; the next try uses a new idempotency key") int failedTries,
            UUID deliveryId, String lastError) {
    }

    @Schema(name = "CrmExportStatus")
    public record Status(UUID exportId, UUID connectionId, UUID jobId, CrmExportRun.Status status,
            @Schema(description = "Contacts exported; null until the job first ran") Integer contacts,
            @Schema(description = "Leads exported; null until the job first ran") Integer leads,
            @Schema(description = "Batches in all (contacts first, then leads); null until the job first ran") Integer batches,
            @Schema(description = "Batches the CRM accepted (or, on a sandbox connection, would have)") long batchesSent,
            @Schema(description = "Batches whose last try failed") long batchesFailed,
            @Schema(description = "Job attempts so far") int attempts, int maxAttempts, String lastError,
            Instant createdAt, Instant finishedAt, List<Batch> batchList) {
    }
}
