package com.verticallight.workflow.step;

import com.verticallight.i18n.Text;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.execution.ExecutionStore;
import com.verticallight.workflow.execution.WorkflowEngine;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An operator's "continue now" on a waiting delay step: its wait ends at once, and who did it and when is added to
 * the step's output (the audit). One conditional statement moves the wait to now, so it happens once; then the
 * execution wakes as it would at the delay's time (a job now and a pass at once). Every statement names the tenant.
 */
@ApplicationScoped
public class Delays {

    private static final String CONTINUE = """
            update workflow_step_run set wait_until = $4, output = (coalesce(output, '{}')::jsonb || $5::text::jsonb)::text
            where tenant_id = $1 and execution_id = $2 and step_key = $3 and step_type = 'delay'
              and status = 'WAITING' and edge = 'wait'
              and exists (select 1 from workflow_execution e where e.id = $2 and e.tenant_id = $1
                          and e.status in ('RUNNING', 'WAITING'))
            returning step_key""";

    private final Pool pool;
    private final ExecutionStore store;
    private final WorkflowEngine engine;
    private final CurrentTenant tenant;
    private final Clock clock;

    public Delays(Pool pool, ExecutionStore store, WorkflowEngine engine, CurrentTenant tenant, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.engine = engine;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** 404 when the tenant has no such delay step in the execution, 409 when it is not waiting any more. */
    public Uni<Void> continueNow(UUID executionId, String stepKey) {
        UUID tenantId = tenant.id();
        Instant now = clock.instant();
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("continuedEarly", true);
        audit.put("continuedAt", now.toString());
        tenant.userId().ifPresent(user -> audit.put("continuedBy", user.toString()));
        return exists(tenantId, executionId, stepKey)
                .chain(() -> pool.preparedQuery(CONTINUE).execute(Tuple.of(tenantId, executionId, stepKey,
                        now.atOffset(ZoneOffset.UTC), JsonText.write(audit))))
                .invoke(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.conflict(Text.of("workflow.delayNotWaitingAnyMore"));
                    }
                })
                .chain(() -> store.wakeAt(tenantId, executionId, stepKey + ":continued", now, now))
                .invoke(() -> engine.launch(tenantId, executionId)).replaceWithVoid();
    }

    private Uni<Void> exists(UUID tenantId, UUID executionId, String stepKey) {
        return pool.preparedQuery("""
                select 1 from workflow_step_run
                where tenant_id = $1 and execution_id = $2 and step_key = $3 and step_type = 'delay'""")
                .execute(Tuple.of(tenantId, executionId, stepKey)).invoke(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Delay step");
                    }
                }).replaceWithVoid();
    }
}
