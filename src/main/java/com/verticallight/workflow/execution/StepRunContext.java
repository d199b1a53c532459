package com.verticallight.workflow.execution;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Variables;
import com.verticallight.workflow.step.PathOutcome;
import com.verticallight.workflow.step.StepContext;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A step's view of its pass. */
final class StepRunContext implements StepContext {

    private final WorkflowEngine engine;
    private final Pass pass;
    private final StepDefinition step;
    private final String key;
    private final int attempt;
    private final Instant now;
    private final Expressions expressions;

    StepRunContext(WorkflowEngine engine, Pass pass, StepDefinition step, String key, int attempt, Instant now,
            Expressions expressions) {
        this.engine = engine;
        this.pass = pass;
        this.step = step;
        this.key = key;
        this.attempt = attempt;
        this.now = now;
        this.expressions = expressions;
    }

    @Override
    public StepDefinition step() {
        return step;
    }

    @Override
    public UUID executionId() {
        return pass.executionId;
    }

    @Override
    public UUID businessId() {
        return pass.businessId;
    }

    @Override
    public String stepKey() {
        return key;
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Variables variables() {
        return pass.variables(now);
    }

    @Override
    public Expressions expressions() {
        return expressions;
    }

    @Override
    public Map<String, Object> business() {
        return pass.business;
    }

    @Override
    public boolean sandbox() {
        return pass.sandbox;
    }

    @Override
    public Map<UUID, ResolvedConnection> connections() {
        return pass.connections;
    }

    @Override
    public Uni<PathOutcome> runIteration(String startStepId, int index, Object item) {
        return engine.iteration(pass, startStepId, index, item);
    }

    @Override
    public Uni<PathOutcome> runPath(String startStepId) {
        return engine.branch(pass, startStepId);
    }

    @Override
    public Set<String> stopPaths(List<String> losers, String winner) {
        return engine.stopBranches(pass, step, losers, winner);
    }

    @Override
    public Uni<Void> cancelStopped(Set<String> stepIds, String reason) {
        return engine.cancelStopped(pass, stepIds, reason);
    }
}
