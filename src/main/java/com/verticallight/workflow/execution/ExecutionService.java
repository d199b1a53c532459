package com.verticallight.workflow.execution;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.WorkflowViews.ExecutionView;
import com.verticallight.workflow.WorkflowViews.StepRunView;
import com.verticallight.workflow.execution.ExecutionStore.ExecutionRow;
import com.verticallight.workflow.execution.ExecutionStore.StepRunRow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The tenant's executions: list, one with its step runs, cancel, retry from the failed step. */
@ApplicationScoped
public class ExecutionService {

    private static final String EXECUTION = "Workflow execution";

    private final ExecutionStore store;
    private final WorkflowEngine engine;
    private final CurrentTenant currentTenant;
    private final ObjectMapper json;
    private final Clock clock;

    public ExecutionService(ExecutionStore store, WorkflowEngine engine, CurrentTenant currentTenant, ObjectMapper json,
            Clock clock) {
        this.store = store;
        this.engine = engine;
        this.currentTenant = currentTenant;
        this.json = json;
        this.clock = clock;
    }

    public Uni<List<ExecutionView>> list(ExecutionStatus status, UUID workflowId, int limit) {
        return store.list(currentTenant.id(), status, workflowId, limit)
                .map(rows -> rows.stream().map(row -> view(row, null)).toList());
    }

    public Uni<ExecutionView> get(UUID id) {
        UUID tenantId = currentTenant.id();
        return store.find(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound(EXECUTION))
                .chain(row -> store.stepRuns(tenantId, id).map(runs -> view(row, runs.stream().map(this::step).toList())));
    }

    /** Stops a running or waiting execution: nothing more runs, its pending wake-ups are cancelled. */
    public Uni<ExecutionView> cancel(UUID id) {
        UUID tenantId = currentTenant.id();
        return store.find(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound(EXECUTION))
                .chain(row -> store.cancel(tenantId, id, clock.instant()))
                .invoke(cancelled -> {
                    if (!cancelled) {
                        throw ProblemException.conflict(Text.of("workflow.onlyRUNNINGWAITINGExecutionCan"));
                    }
                })
                .chain(() -> get(id));
    }

    /** Runs a FAILED execution again from its failed step; finished steps are not repeated. */
    public Uni<ExecutionView> retry(UUID id) {
        UUID tenantId = currentTenant.id();
        return store.find(tenantId, id).onItem().ifNull().failWith(() -> ProblemException.notFound(EXECUTION))
                .chain(row -> store.reopen(tenantId, id, clock.instant()))
                .invoke(reopened -> {
                    if (!reopened) {
                        throw ProblemException.conflict(Text.of("workflow.onlyFAILEDExecutionCanRetried"));
                    }
                })
                .invoke(() -> engine.launch(tenantId, id))
                .chain(() -> get(id));
    }

    /** The execution as it stands once its pass ended (for a synchronous run). */
    public Uni<ExecutionView> finished(UUID id) {
        return get(id);
    }

    private ExecutionView view(ExecutionRow row, List<StepRunView> steps) {
        return new ExecutionView(row.id(), row.workflowId(), row.workflowName(), row.version(), row.businessId(),
                row.status(), row.triggerType(), Secrets.mask(parse(row.trigger())), parse(row.output()), row.error(),
                row.failedStep(), row.startedAt(), row.finishedAt(), row.sandbox(), steps);
    }

    private StepRunView step(StepRunRow r) {
        return new StepRunView(r.stepKey(), r.stepId(), r.stepType(), r.status(), r.attempt(), r.edge(), parse(r.input()),
                Secrets.mask(parse(r.output())), r.error(), r.waitUntil(), r.startedAt(), r.finishedAt());
    }

    private Object parse(String text) {
        try {
            return text == null ? null : json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            return text;
        }
    }
}
