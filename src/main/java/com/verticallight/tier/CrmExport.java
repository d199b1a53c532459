package com.verticallight.tier;

import com.verticallight.channel.gateway.DeliveryStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the CRM export API speaks. */
public final class CrmExport {

    public static final String EVENT = "crm.contacts.batch";
    public static final String TASK_TYPE = "crm_export";

    private CrmExport() {
    }

    @Schema(name = "CrmExportRequest")
    public record Request(@NotNull @Schema(description = "A WEBHOOK connection: the CRM's endpoint and signing secret") UUID connectionId,
            @Min(1) @Max(500) @Schema(description = "Contacts per signed request (default 100)") Integer batchSize) {

        int size() {
            return batchSize == null ? 100 : batchSize;
        }
    }

    @Schema(name = "CrmExportBatch")
    public record Batch(int batch, int contacts, UUID deliveryId, DeliveryStatus status, String message) {
    }

    @Schema(name = "CrmExportResult")
    public record Result(UUID exportId, UUID connectionId, long contacts, List<Batch> batches) {
    }
}
