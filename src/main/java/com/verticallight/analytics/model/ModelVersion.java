package com.verticallight.analytics.model;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One training of a model: its data range and rows, holdout metrics (JSON), learned state (JSON) and outcome. */
@Entity
@Table(name = "analytics_model_version")
public class ModelVersion extends TenantOwned {

    @Column(name = "model_id")
    public UUID modelId;

    public int number;

    /** QUEUED, RUNNING, TRAINED, FAILED, CANCELLED. */
    public String status;

    /** MANUAL, SCHEDULE or DRIFT. */
    public String reason;

    public int progress;

    @Column(name = "job_id")
    public UUID jobId;

    @Column(name = "data_from")
    public LocalDate dataFrom;

    @Column(name = "data_to")
    public LocalDate dataTo;

    @Column(name = "row_count")
    public Integer rowCount;

    public String metrics;

    public String state;

    /** For a retraining: whether it was deployed and why (compared with the serving version on the same holdout). */
    public String decision;

    public String error;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
