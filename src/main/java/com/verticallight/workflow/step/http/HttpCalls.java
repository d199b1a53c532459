package com.verticallight.workflow.step.http;

import com.verticallight.platform.db.RelaxedPool;
import com.verticallight.workflow.step.ExecutionStopped;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** The claims of external API calls, by idempotency key; every statement names the tenant. */
@ApplicationScoped
class HttpCalls {

    enum State { CALLING, DONE, FAILED }

    /** A claim found: how the earlier call ended (CALLING: it never recorded an end) and what it gave. */
    record Claim(State state, String result) {
    }

    private final Pool pool;
    private final RelaxedPool relaxed;

    HttpCalls(Pool pool, RelaxedPool relaxed) {
        this.pool = pool;
        this.relaxed = relaxed;
    }

    /**
     * Null when this call is claimed now (go on and call); else the earlier claim of the same key. The claim is the
     * step's durable start (synchronous commit, before the request leaves) and is only taken while the execution is
     * RUNNING.
     */
    Uni<Claim> claim(UUID tenantId, String key, UUID executionId, String method, String url, Instant now) {
        return pool.preparedQuery("""
                insert into workflow_http_call (tenant_id, idempotency_key, execution_id, method, url, status, created_at)
                select $1, $2, $3, $4, $5, 'CALLING', $6
                where exists (select 1 from workflow_execution e where e.id = $3 and e.tenant_id = $1 and e.status = 'RUNNING')
                on conflict (tenant_id, idempotency_key) do nothing returning idempotency_key""")
                .execute(Tuple.of(tenantId, key, executionId, method, url, now.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.size() > 0 ? Uni.createFrom().<Claim>nullItem() : earlier(tenantId, key, executionId));
    }

    /** The earlier claim of the key; none means the execution is no longer running (cancelled): the pass stops. */
    private Uni<Claim> earlier(UUID tenantId, String key, UUID executionId) {
        return pool.preparedQuery("select status, result from workflow_http_call where tenant_id = $1 and idempotency_key = $2")
                .execute(Tuple.of(tenantId, key)).map(rows -> {
                    if (rows.size() == 0) {
                        throw new ExecutionStopped("Execution " + executionId + " is no longer running");
                    }
                    Row row = rows.iterator().next();
                    return new Claim(State.valueOf(row.getString("status")), row.getString("result"));
                });
    }

    /**
     * How the call ended. Relaxed (no wait for the disk): the pass ends with a synchronous commit that makes it durable;
     * should the database itself crash before that, the claim stays CALLING and the step fails as "may have been
     * made" instead of calling twice.
     */
    Uni<Void> finish(UUID tenantId, String key, State state, String result, Instant now) {
        return relaxed.pool().preparedQuery("""
                update workflow_http_call set status = $3, result = $4, finished_at = $5
                where tenant_id = $1 and idempotency_key = $2""")
                .execute(Tuple.of(tenantId, key, state.name(), result, now.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }
}
