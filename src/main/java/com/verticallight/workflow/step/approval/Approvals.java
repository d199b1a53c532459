package com.verticallight.workflow.step.approval;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.TaskOutcomeListener;
import com.verticallight.execution.TaskStatus;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.execution.ExecutionStore;
import com.verticallight.workflow.execution.WorkflowEngine;
import com.verticallight.workflow.step.StepResult;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Decisions of approval steps, through the approval route or by completing the approval's manual task with an
 * outcome (the task queue calls this as a {@link TaskOutcomeListener}). A decision, or the timeout, ends the WAITING step run in one conditional statement,
 * so exactly one of them wins; the decision then wakes the execution (a job now, and a pass at once). Every
 * statement names the tenant.
 */
@ApplicationScoped
public class Approvals implements TaskOutcomeListener {

    private static final Logger LOG = Logger.getLogger(Approvals.class);

    private static final String DECIDE = """
            update workflow_step_run set status = 'SUCCEEDED', edge = $4, output = $5, wait_until = null, finished_at = $6
            where tenant_id = $1 and execution_id = $2 and step_key = $3 and step_type = 'approval'
              and status = 'WAITING' and edge = 'wait'
              and exists (select 1 from workflow_execution e where e.id = $2 and e.tenant_id = $1
                          and e.status in ('RUNNING', 'WAITING'))
            returning step_key""";

    public enum Decision { APPROVE, REJECT }

    private final Pool pool;
    private final ExecutionStore store;
    private final WorkflowEngine engine;
    private final CurrentTenant tenant;
    private final ObjectMapper json;
    private final Clock clock;
    private final ManualTaskService tasks;

    public Approvals(Pool pool, ExecutionStore store, WorkflowEngine engine, CurrentTenant tenant, ObjectMapper json,
            Clock clock, ManualTaskService tasks) {
        this.tasks = tasks;
        this.pool = pool;
        this.store = store;
        this.engine = engine;
        this.tenant = tenant;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A person's decision through the approval route: 404 for no such waiting approval of the tenant, 409 once
     * decided. The approval's manual task is closed as DONE.
     */
    public Uni<Void> decide(UUID executionId, String stepKey, Decision decision, String comment) {
        return decideStep(executionId, stepKey, decision, comment)
                .call(() -> closeTask(executionId, stepKey, TaskStatus.DONE, "Decided: " + decision.name().toLowerCase()
                        + (comment == null ? "" : " (" + comment + ")")));
    }

    @Override
    public String guidanceKey() {
        return ApprovalStep.GUIDANCE;
    }

    @Override
    public List<String> outcomes() {
        return List.of("approve", "reject");
    }

    /** The approval's manual task is being completed with an outcome: it decides the approval as the route does. */
    @Override
    public Uni<Void> completing(UUID taskId, String reference, String outcome, String comment) {
        String prefix = ApprovalStep.GUIDANCE + ":";
        int split = reference == null ? -1 : reference.indexOf(':', prefix.length());
        if (reference == null || !reference.startsWith(prefix) || split < 0) {
            return Uni.createFrom().failure(ProblemException.conflict(Text.of("workflow.taskBelongsNoApprovalStep")));
        }
        UUID executionId;
        try {
            executionId = UUID.fromString(reference.substring(prefix.length(), split));
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.conflict(Text.of("workflow.taskBelongsNoApprovalStep")));
        }
        Decision decision = "approve".equals(outcome) ? Decision.APPROVE : Decision.REJECT;
        return decideStep(executionId, reference.substring(split + 1), decision, comment);
    }

    /** The approval timed out or its branch was cancelled: its task is dismissed with the reason. */
    public Uni<Void> closeTask(UUID executionId, String stepKey, TaskStatus to, String note) {
        return tasks.closeByReference(ApprovalStep.GUIDANCE, ApprovalStep.reference(executionId, stepKey), to, note)
                .onFailure().invoke(e -> LOG.warnf(e, "The task of approval %s/%s stays open", executionId, stepKey))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> decideStep(UUID executionId, String stepKey, Decision decision, String comment) {
        UUID tenantId = tenant.id();
        Instant now = clock.instant();
        return waitingOutput(tenantId, executionId, stepKey).chain(asked -> {
            Map<String, Object> output = new LinkedHashMap<>(asked);
            output.put("approved", decision == Decision.APPROVE);
            output.put("decision", decision.name().toLowerCase());
            output.put("comment", comment);
            tenant.userId().ifPresent(user -> output.put("decidedBy", user.toString()));
            output.put("decidedAt", now.toString());
            String edge = decision == Decision.APPROVE ? "onApprove" : "onReject";
            return end(tenantId, executionId, stepKey, edge, output, now);
        }).invoke(ended -> {
            if (!ended) {
                throw ProblemException.conflict(Text.of("workflow.approvalAlreadyDecidedOrEnded"));
            }
        }).call(() -> store.wakeAt(tenantId, executionId, stepKey + ":decided", now, now))
                .invoke(() -> engine.launch(tenantId, executionId)).replaceWithVoid();
    }

    /**
     * The timeout passed: ends the step run on onTimeout unless a decision came first; either way, how it ended.
     */
    public Uni<StepResult> timedOut(UUID executionId, String stepKey, Object asked) {
        UUID tenantId = tenant.id();
        Instant now = clock.instant();
        Map<String, Object> output = new LinkedHashMap<>(asked instanceof Map<?, ?> map ? asMap(map) : Map.of());
        output.put("approved", false);
        output.put("decision", "timeout");
        output.put("decidedAt", now.toString());
        return end(tenantId, executionId, stepKey, "onTimeout", output, now).chain(ended -> ended
                ? closeTask(executionId, stepKey, TaskStatus.DISMISSED, "The approval timed out")
                        .replaceWith((StepResult) new StepResult.Done(output, "onTimeout"))
                : decided(tenantId, executionId, stepKey));
    }

    private Uni<Boolean> end(UUID tenantId, UUID executionId, String stepKey, String edge, Map<String, Object> output,
            Instant now) {
        return pool.preparedQuery(DECIDE).execute(Tuple.of(tenantId, executionId, stepKey, edge, write(output),
                now.atOffset(ZoneOffset.UTC))).map(rows -> rows.size() > 0);
    }

    /** What the approval asked, while it waits; 404 when the tenant has no such approval, 409 when it is over. */
    private Uni<Map<String, Object>> waitingOutput(UUID tenantId, UUID executionId, String stepKey) {
        return pool.preparedQuery("""
                select status, output from workflow_step_run
                where tenant_id = $1 and execution_id = $2 and step_key = $3 and step_type = 'approval'""")
                .execute(Tuple.of(tenantId, executionId, stepKey)).map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound("Approval step");
                    }
                    Row row = rows.iterator().next();
                    if (!"WAITING".equals(row.getString("status"))) {
                        throw ProblemException.conflict(Text.of("workflow.approvalWasAlreadyDecidedTimed"));
                    }
                    return read(row.getString("output"));
                });
    }

    private Uni<StepResult> decided(UUID tenantId, UUID executionId, String stepKey) {
        return pool.preparedQuery("""
                select edge, output from workflow_step_run
                where tenant_id = $1 and execution_id = $2 and step_key = $3""")
                .execute(Tuple.of(tenantId, executionId, stepKey)).map(rows -> {
                    Row row = rows.iterator().next();
                    return new StepResult.Done(read(row.getString("output")), row.getString("edge"));
                });
    }

    private static Map<String, Object> asMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored approval is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an approval", e);
        }
    }
}
