package com.verticallight.workflow.trigger;

import com.verticallight.platform.db.RelaxedPool;
import com.verticallight.platform.crypto.CredentialCipher;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.workflow.definition.Workflow;
import com.verticallight.workflow.definition.WorkflowDefinition;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The secrets of workflow webhooks (one per workflow, created when a webhook workflow is first published, encrypted
 * at rest, retrievable and rotatable by its owners) and the hourly call limit per workflow.
 */
@ApplicationScoped
public class WorkflowWebhooks {

    private static final String HIT = """
            insert into workflow_webhook_window as w (workflow_id, window_start, request_count) values ($1, $2, 1)
            on conflict (workflow_id, window_start) do update set request_count = w.request_count + 1
            returning w.request_count""";

    private final Pool pool;
    private final RelaxedPool relaxed;
    private final CredentialCipher cipher;
    private final Clock clock;
    private final com.verticallight.workflow.WorkflowConfig config;

    public WorkflowWebhooks(Pool pool, RelaxedPool relaxed, CredentialCipher cipher, Clock clock,
            com.verticallight.workflow.WorkflowConfig config) {
        this.pool = pool;
        this.relaxed = relaxed;
        this.cipher = cipher;
        this.clock = clock;
        this.config = config;
    }

    /**
     * A webhook's target as the public route sees it before the signature is checked: the secret, and the workflow's
     * state (its published version, null before the first publish; paused or not; the business it belongs to).
     */
    public record Target(UUID tenantId, UUID workflowId, String secret, Integer publishedVersion, boolean paused,
            String triggerType, UUID businessId) {
    }

    /** Creates the workflow's secret if it is a webhook workflow that has none; in the publishing transaction. */
    public Uni<Void> ensureSecret(Workflow w, WorkflowDefinition published) {
        if (published.trigger() == null || !WebhookTrigger.TYPE.equals(published.trigger().type())) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                insert into workflow_webhook (workflow_id, tenant_id, secret, created_at) values (:w, :t, :s, :at)
                on conflict (workflow_id) do nothing""")
                .setParameter("w", w.id).setParameter("t", w.tenantId).setParameter("s", cipher.encrypt(newSecret()))
                .setParameter("at", clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate()).replaceWithVoid();
    }

    /** The secret of a workflow of the tenant (the caller checked it is theirs); 404 when it has none yet. */
    public Uni<String> secret(UUID tenantId, UUID workflowId) {
        return pool.preparedQuery("select secret from workflow_webhook where workflow_id = $1 and tenant_id = $2")
                .execute(Tuple.of(workflowId, tenantId)).map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Webhook secret");
                    }
                    return cipher.decrypt(rows.iterator().next().getString("secret"));
                });
    }

    /** A new secret replaces the old one at once; 404 when the workflow has none yet. */
    public Uni<String> rotate(UUID tenantId, UUID workflowId) {
        String secret = newSecret();
        return pool.preparedQuery("update workflow_webhook set secret = $3, rotated_at = $4 "
                + "where workflow_id = $1 and tenant_id = $2")
                .execute(Tuple.of(workflowId, tenantId, cipher.encrypt(secret), clock.instant().atOffset(ZoneOffset.UTC)))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ProblemException.notFound("Webhook secret");
                    }
                    return secret;
                });
    }

    /**
     * The target of a public call, found by the workflow id in its URL alone (the caller has no tenant yet; the
     * secret then proves the call). Null when the workflow has no webhook.
     */
    public Uni<Target> target(UUID workflowId) {
        return pool.preparedQuery("""
                select h.tenant_id, h.secret, w.published_version, w.status, w.trigger_type, w.business_id
                from workflow_webhook h join workflow w on w.id = h.workflow_id and w.tenant_id = h.tenant_id
                where h.workflow_id = $1""")
                .execute(Tuple.of(workflowId)).map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Target(row.getUUID("tenant_id"), workflowId, cipher.decrypt(row.getString("secret")),
                            row.getInteger("published_version"), "PAUSED".equals(row.getString("status")),
                            row.getString("trigger_type"), row.getUUID("business_id"));
                });
    }

    /** Seconds to wait when this workflow's calls this hour are over the limit, or 0 when this call may go ahead. */
    public Uni<Long> hit(UUID workflowId) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.HOURS);
        // relaxed: the window's row is locked for the statement only (a crash may forget a few calls)
        return relaxed.pool().preparedQuery(HIT).execute(Tuple.of(workflowId, window.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.iterator().next().getInteger("request_count") <= config.webhookMaxPerHour() ? 0L
                        : Math.max(1, Duration.between(now, window.plus(1, ChronoUnit.HOURS)).toSeconds()));
    }

    private static String newSecret() {
        return Tokens.random("whsec_");
    }
}
