package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

/**
 * One kind of step. Adding a step type is one class implementing this, as an {@code @ApplicationScoped} bean:
 * the {@link StepTypes} registry finds it by {@link #type()}.
 */
public interface StepType {

    /** The name used in definitions, e.g. "condition". */
    String type();

    /** Checks the step's settings when a definition is saved; adds one error per bad field (none when valid). */
    void validate(StepDefinition step, StepValidation validation);

    /** Does the step's work. A failure (any exception) is retried per the step's maxAttempts, then takes onError. */
    Uni<StepResult> run(StepContext context);

    /** Steps this one starts besides its edges (a parallel step's branches); they must exist and are reachable. */
    default List<String> branches(StepDefinition step) {
        return List.of();
    }

    /** A step with an effect outside the service (a message, an API call): its run is recorded before it starts. */
    default boolean hasEffect() {
        return false;
    }

    /**
     * A step with an effect that records its own start durably before the effect, in one statement that also checks
     * the execution is still running (throwing {@link ExecutionStopped} when not): the engine writes no RUNNING step
     * run before it.
     */
    default boolean claimsItsEffect() {
        return false;
    }

    /** A loop step may lead back to an earlier step; a cycle through no loop step is refused. */
    default boolean isLoop() {
        return false;
    }

    /**
     * A step that waited (a {@link StepResult.Wait}) and whose time has come: how it ends. A delay goes on to next
     * with the output it stored; an approval whose timeout passed takes onTimeout (unless a decision came first).
     */
    default Uni<StepResult> waitOver(StepContext context, Object storedOutput) {
        return Uni.createFrom().item(StepResult.next(storedOutput));
    }

    /**
     * A run of this step was cancelled while it ran or waited (its parallel branch lost a join first/any): close what
     * it left open for a person (an approval's manual task). Its run is already CANCELLED and its jobs cancelled.
     */
    default Uni<Void> cancelled(UUID executionId, UUID businessId, String stepKey, String reason) {
        return Uni.createFrom().voidItem();
    }

    /** A step whose output becomes variables ({@code vars.<name>}) of the execution (the script step). */
    default boolean setsVariables() {
        return false;
    }
}
