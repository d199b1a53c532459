package com.verticallight.workflow.step.http;

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

    HttpCalls(Pool pool) {
        this.pool = pool;
    }

    /** Null when this call is claimed now (go on and call); else the earlier claim of the same key. */
    Uni<Claim> claim(UUID tenantId, String key, UUID executionId, String method, String url, Instant now) {
        return pool.preparedQuery("""
                insert into workflow_http_call (tenant_id, idempotency_key, execution_id, method, url, status, created_at)
                values ($1, $2, $3, $4, $5, 'CALLING', $6)
                on conflict (tenant_id, idempotency_key) do nothing returning idempotency_key""")
                .execute(Tuple.of(tenantId, key, executionId, method, url, now.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.size() > 0 ? Uni.createFrom().<Claim>nullItem() : earlier(tenantId, key));
    }

    private Uni<Claim> earlier(UUID tenantId, String key) {
        return pool.preparedQuery("select status, result from workflow_http_call where tenant_id = $1 and idempotency_key = $2")
                .execute(Tuple.of(tenantId, key)).map(rows -> {
                    Row row = rows.iterator().next();
                    return new Claim(State.valueOf(row.getString("status")), row.getString("result"));
                });
    }

    Uni<Void> finish(UUID tenantId, String key, State state, String result, Instant now) {
        return pool.preparedQuery("""
                update workflow_http_call set status = $3, result = $4, finished_at = $5
                where tenant_id = $1 and idempotency_key = $2""")
                .execute(Tuple.of(tenantId, key, state.name(), result, now.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }
}
