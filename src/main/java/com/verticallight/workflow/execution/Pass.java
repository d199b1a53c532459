package com.verticallight.workflow.execution;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.workflow.definition.WorkflowDefinition;
import com.verticallight.workflow.execution.ExecutionStore.StepRunRow;
import com.verticallight.workflow.expression.Variables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One run of an execution on this instance, from its claim to its end: the frozen definition, the trigger, and
 * what the steps that finished (in this pass or an earlier one) produced. Parallel branches share it.
 */
final class Pass {

    final UUID tenantId;
    final UUID executionId;
    final UUID workflowId;
    final UUID businessId;
    final WorkflowDefinition definition;
    final Map<String, Object> trigger;
    final Map<String, Object> business;
    /** The connections the definition's steps name, resolved when the pass began. */
    final Map<UUID, ResolvedConnection> connections;
    /** The step runs stored when the pass began, by step key. */
    final Map<String, StepRunRow> prior;
    /** Step runs finished in this pass and not written yet (written before the next effect, or when the pass ends). */
    private final List<StepRunRow> pending;
    private final Map<String, Object> steps = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Object> vars = Collections.synchronizedMap(new LinkedHashMap<>());
    final AtomicInteger stepsRun;
    /** A test run: its steps' effects are simulated (see {@link com.verticallight.workflow.step.StepContext#sandbox}). */
    final boolean sandbox;
    /** This pass's number (its lease job is keyed by it) and how long its lease holds. */
    final int number;
    private volatile Instant leaseUntil;
    /** Inside a loop: the pass it runs in, the suffix of its step keys ("#2") and its vars (item, index). */
    private final Pass parent;
    final String suffix;
    /** Steps of losing parallel branches (join first/any), by step id: the suffixes of the passes they stop in. */
    private final Map<String, Set<String>> stopped = new ConcurrentHashMap<>();

    Pass(UUID tenantId, UUID executionId, UUID workflowId, UUID businessId, WorkflowDefinition definition,
            Map<String, Object> trigger, Map<String, Object> business, Map<UUID, ResolvedConnection> connections,
            Map<String, StepRunRow> prior, int number, Instant leaseUntil, boolean sandbox) {
        this.tenantId = tenantId;
        this.sandbox = sandbox;
        this.executionId = executionId;
        this.workflowId = workflowId;
        this.businessId = businessId;
        this.definition = definition;
        this.trigger = trigger;
        this.business = business;
        this.connections = connections;
        this.prior = prior;
        this.number = number;
        this.leaseUntil = leaseUntil;
        this.stepsRun = new AtomicInteger();
        this.pending = new ArrayList<>();
        this.parent = null;
        this.suffix = "";
    }

    /** One iteration of a loop inside this pass: its step keys end with "#index", vars.item and vars.index are set. */
    Pass iteration(int index, Object item) {
        return new Pass(this, index, item);
    }

    private Pass(Pass parent, int index, Object item) {
        this.tenantId = parent.tenantId;
        this.executionId = parent.executionId;
        this.workflowId = parent.workflowId;
        this.businessId = parent.businessId;
        this.definition = parent.definition;
        this.trigger = parent.trigger;
        this.business = parent.business;
        this.connections = parent.connections;
        this.sandbox = parent.sandbox;
        this.prior = parent.prior;
        this.number = parent.number;
        this.stepsRun = parent.stepsRun;
        this.pending = parent.pending;
        this.parent = parent;
        this.suffix = parent.suffix + "#" + index;
        vars.put("item", item);
        vars.put("index", index);
    }

    void keep(StepRunRow run) {
        synchronized (pending) {
            pending.add(run);
        }
    }

    /** The kept step runs, now to be written; the last one per step key wins. */
    List<StepRunRow> drain() {
        synchronized (pending) {
            Map<String, StepRunRow> byKey = new LinkedHashMap<>();
            pending.forEach(run -> byKey.put(run.stepKey(), run));
            pending.clear();
            return new ArrayList<>(byKey.values());
        }
    }

    Instant leaseUntil() {
        return parent == null ? leaseUntil : parent.leaseUntil();
    }

    void leaseUntil(Instant until) {
        if (parent == null) {
            leaseUntil = until;
        } else {
            parent.leaseUntil(until);
        }
    }

    void output(String stepId, Object output, boolean setsVariables) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("output", output);
        steps.put(stepId, entry);
        if (setsVariables && output instanceof Map<?, ?> map) {
            map.forEach((k, v) -> vars.put(String.valueOf(k), v));
        }
    }

    void error(String stepId, String error) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("error", error);
        steps.put(stepId, entry);
    }

    Variables variables(Instant now) {
        if (parent != null) {
            Variables outer = parent.variables(now);
            Map<String, Object> allSteps = new HashMap<>(outer.steps());
            Map<String, Object> allVars = new HashMap<>(outer.vars());
            synchronized (steps) {
                allSteps.putAll(steps);
            }
            synchronized (vars) {
                allVars.putAll(vars);
            }
            return new Variables(trigger, allSteps, business, allVars, now);
        }
        synchronized (steps) {
            synchronized (vars) {
                return new Variables(trigger, new HashMap<>(steps), business, new HashMap<>(vars), now);
            }
        }
    }

    /** Every step's output by id: the execution's output when the definition names none. */
    Map<String, Object> outputs() {
        Map<String, Object> all = new LinkedHashMap<>();
        synchronized (steps) {
            steps.forEach((id, entry) -> all.put(id, ((Map<?, ?>) entry).get("output")));
        }
        return all;
    }

    /** Stops these steps in this pass (and the loop iterations inside it): none of them starts from now on. */
    void stop(Collection<String> stepIds) {
        Pass root = root();
        stepIds.forEach(id -> root.stopped.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(suffix));
    }

    /** Was this step stopped (in this pass, or in the pass of a loop iteration this one runs in)? */
    boolean stopped(String stepId) {
        Set<String> suffixes = root().stopped.get(stepId);
        if (suffixes == null) {
            return false;
        }
        return suffixes.stream().anyMatch(s -> suffix.equals(s) || suffix.startsWith(s + "#"));
    }

    private Pass root() {
        return parent == null ? this : parent.root();
    }
}
