package com.verticallight.workflow.step;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Variables;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What a running step sees: its definition, the execution's variables, and a way to run branches. */
public interface StepContext {

    StepDefinition step();

    UUID executionId();

    UUID businessId();

    /** The step's key within the execution: its id, with a loop index suffix inside a loop. */
    String stepKey();

    int attempt();

    Instant now();

    /** trigger, steps, business, vars and now, as of this step. */
    Variables variables();

    Expressions expressions();

    /** The business's data ({@code business} in expressions); empty for a workflow of no business. */
    Map<String, Object> business();

    /**
     * The key that makes this step's external effect happen at most once: execution + step (+ loop index), and the
     * attempt from the second attempt on (a failed attempt sent nothing, so its retry may send).
     */
    default String idempotencyKey() {
        return "wf:" + executionId() + ":" + stepKey() + (attempt() > 1 ? ":a" + attempt() : "");
    }

    /**
     * A test run: messages are recorded as "would have been sent" whatever the connection's mode, external calls other
     * than reads and data updates are not made (the step's output says what would have happened).
     */
    default boolean sandbox() {
        return false;
    }

    /**
     * The tenant's connections named by the definition's steps ({@code settings.connectionId}), read and decrypted
     * once when the pass began; a step reads them from here instead of once per step run.
     */
    default Map<UUID, ResolvedConnection> connections() {
        return Map.of();
    }

    /** Runs the path that starts at a step until it ends, waits or fails; steps that finished before are skipped. */
    Uni<PathOutcome> runPath(String startStepId);

    /**
     * Runs one iteration of a loop's body: the path from a step, with vars.item and vars.index set and step keys
     * suffixed "#index" (so its effects happen once per item).
     */
    Uni<PathOutcome> runIteration(String startStepId, int index, Object item);

    /**
     * Stops the paths that start at the losers (a parallel step's join first/any found its winner): none of their
     * steps starts from now on, except steps the winner or this step's own edges also reach. Returns the step ids.
     */
    Set<String> stopPaths(List<String> losers, String winner);

    /** Ends the stopped steps' running and waiting runs as CANCELLED, with their wake jobs; once the paths returned. */
    Uni<Void> cancelStopped(Set<String> stepIds, String reason);

    /** A rendered text template ({{expr}} parts evaluated). */
    default String render(String template) {
        return expressions().render(template, variables());
    }

    default String setting(String name) {
        Object value = step().settingsOrEmpty().get(name);
        return value == null ? null : String.valueOf(value);
    }
}
