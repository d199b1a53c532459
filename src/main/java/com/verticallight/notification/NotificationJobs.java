package com.verticallight.notification;

import com.verticallight.job.JobConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The notification centre's durable jobs, written on the caller's connection inside its transaction (the
 * notification and the job that finishes its delivery commit together); a key scheduled twice keeps the first.
 */
@ApplicationScoped
public class NotificationJobs {

    public static final String DELIVER = "notification.deliver";
    public static final String DIGEST = "notification.digest";
    public static final String RETENTION = "notification.retention";

    private final JobConfig config;

    public NotificationJobs(JobConfig config) {
        this.config = config;
    }

    Uni<Void> schedule(SqlConnection connection, UUID tenantId, String kind, String payload, Instant runAt,
            String key, Instant now) {
        return connection.preparedQuery("""
                insert into job (id, tenant_id, kind, payload, run_at, status, attempts, max_attempts, backoff_seconds,
                                 idempotency_key, correlation, created_at, updated_at)
                values ($1, $2, $3, $4, $5, 'PENDING', 0, $6, $7, $8, $9, $10, $10)
                on conflict (tenant_id, idempotency_key) do nothing""")
                .execute(Tuple.from(List.of(UUID.randomUUID(), tenantId, kind, payload, NotificationStore.at(runAt),
                        config.maxAttempts(), (int) config.backoff().toSeconds(), key, "notifications",
                        NotificationStore.at(now))))
                .replaceWithVoid();
    }
}
