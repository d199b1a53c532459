package com.verticallight.tier;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one batch of an export went; written after each try. */
@Entity
@Table(name = "crm_export_batch")
public class CrmExportBatch extends TenantOwned {

    public enum Kind {
        CONTACTS, LEADS
    }

    @Schema(name = "CrmExportBatchStatus")
    public enum Status {
        SENT, SIMULATED, FAILED
    }

    @Column(name = "export_id")
    public UUID exportId;

    public int batch;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public int items;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "failed_tries")
    public int failedTries;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** The idempotency key of the next try: the same until a failure is recorded. */
    static String key(UUID exportId, int batch, int failedTries) {
        return "crm-export:" + exportId + ":" + batch + ":" + failedTries;
    }
}
