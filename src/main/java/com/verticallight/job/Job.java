package com.verticallight.job;

import com.verticallight.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A job as support and the API read it; the runner writes through SQL (see {@link JobRunner}). */
@Entity
@Table(name = "job")
public class Job extends TenantOwned {

    public String kind;

    public String payload;

    @Column(name = "run_at")
    public Instant runAt;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    public int attempts;

    @Column(name = "max_attempts")
    public int maxAttempts;

    @Column(name = "backoff_seconds")
    public int backoffSeconds;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String correlation;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
