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

/** One export to a CRM, run by a job; its batches are {@link CrmExportBatch} rows. */
@Entity
@Table(name = "crm_export")
public class CrmExportRun extends TenantOwned {

    @Schema(name = "CrmExportRunStatus")
    public enum Status {
        PENDING, RETRYING, DONE, FAILED
    }

    @Column(name = "connection_id")
    public UUID connectionId;

    @Column(name = "batch_size")
    public int batchSize;

    @Enumerated(EnumType.STRING)
    public Status status;

    public Integer contacts;

    public Integer leads;

    public Integer batches;

    public int attempts;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public int version;
}
