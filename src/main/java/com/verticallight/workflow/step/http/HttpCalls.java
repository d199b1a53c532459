package com.verticallight.workflow.step.http;

import com.verticallight.platform.db.RelaxedPool;
import com.verticallight.platform.db.StatementBatcher;
import com.verticallight.workflow.step.ExecutionStopped;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        return claims.submit(new ClaimRow(tenantId, key, executionId, method, url, now.atOffset(ZoneOffset.UTC)))
                .chain(won -> won ? Uni.createFrom().<Claim>nullItem() : earlier(tenantId, key, executionId));
    }

    private record ClaimRow(UUID tenantId, String key, UUID executionId, String method, String url, OffsetDateTime at) {
    }

    /** Concurrent claims (a parallel step's branches, other executions' calls) go in one statement and one commit. */
    private final StatementBatcher<ClaimRow, Boolean> claims = new StatementBatcher<>(4, 200, this::claimMany,
            this::claimOne);

    private Uni<Boolean> claimOne(ClaimRow row) {
        return pool.preparedQuery("""
                insert into workflow_http_call (tenant_id, idempotency_key, execution_id, method, url, status, created_at)
                select $1, $2, $3, $4, $5, 'CALLING', $6
                where exists (select 1 from workflow_execution e where e.id = $3 and e.tenant_id = $1 and e.status = 'RUNNING')
                on conflict (tenant_id, idempotency_key) do nothing returning idempotency_key""")
                .execute(Tuple.of(row.tenantId(), row.key(), row.executionId(), row.method(), row.url(), row.at()))
                .map(rows -> rows.size() > 0);
    }

    private Uni<List<Boolean>> claimMany(List<ClaimRow> rows) {
        int n = rows.size();
        UUID[] tenants = new UUID[n], executions = new UUID[n];
        String[] keys = new String[n], methods = new String[n], urls = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            ClaimRow row = rows.get(i);
            tenants[i] = row.tenantId();
            keys[i] = row.key();
            executions[i] = row.executionId();
            methods[i] = row.method();
            urls[i] = row.url();
            at[i] = row.at();
        }
        return pool.preparedQuery("""
                insert into workflow_http_call (tenant_id, idempotency_key, execution_id, method, url, status, created_at)
                select v.tenant_id, v.idempotency_key, v.execution_id, v.method, v.url, 'CALLING', v.at
                from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::timestamptz[])
                     as v(tenant_id, idempotency_key, execution_id, method, url, at)
                where exists (select 1 from workflow_execution e
                              where e.id = v.execution_id and e.tenant_id = v.tenant_id and e.status = 'RUNNING')
                on conflict (tenant_id, idempotency_key) do nothing returning tenant_id, idempotency_key""")
                .execute(Tuple.tuple().addArrayOfUUID(tenants).addArrayOfString(keys).addArrayOfUUID(executions)
                        .addArrayOfString(methods).addArrayOfString(urls).addArrayOfOffsetDateTime(at))
                .map(inserted -> {
                    Set<String> won = new HashSet<>();
                    inserted.forEach(r -> won.add(r.getUUID("tenant_id") + "/" + r.getString("idempotency_key")));
                    return rows.stream().map(row -> won.contains(row.tenantId() + "/" + row.key())).toList();
                });
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
        return finishes.submit(new FinishRow(tenantId, key, state.name(), result, now.atOffset(ZoneOffset.UTC)));
    }

    private record FinishRow(UUID tenantId, String key, String state, String result, OffsetDateTime at) {
    }

    private final StatementBatcher<FinishRow, Void> finishes = new StatementBatcher<>(4, 200, this::finishMany,
            this::finishOne);

    private Uni<Void> finishOne(FinishRow row) {
        return relaxed.pool().preparedQuery("""
                update workflow_http_call set status = $3, result = $4, finished_at = $5
                where tenant_id = $1 and idempotency_key = $2""")
                .execute(Tuple.of(row.tenantId(), row.key(), row.state(), row.result(), row.at())).replaceWithVoid();
    }

    private Uni<List<Void>> finishMany(List<FinishRow> rows) {
        int n = rows.size();
        UUID[] tenants = new UUID[n];
        String[] keys = new String[n], states = new String[n], results = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        for (int i = 0; i < n; i++) {
            FinishRow row = rows.get(i);
            tenants[i] = row.tenantId();
            keys[i] = row.key();
            states[i] = row.state();
            results[i] = row.result();
            at[i] = row.at();
        }
        return relaxed.pool().preparedQuery("""
                update workflow_http_call c set status = v.status, result = v.result, finished_at = v.at
                from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
                     as v(tenant_id, idempotency_key, status, result, at)
                where c.tenant_id = v.tenant_id and c.idempotency_key = v.idempotency_key""")
                .execute(Tuple.tuple().addArrayOfUUID(tenants).addArrayOfString(keys).addArrayOfString(states)
                        .addArrayOfString(results).addArrayOfOffsetDateTime(at))
                .map(ignored -> Collections.<Void>nCopies(n, null));
    }
}
