package com.verticallight.workflow.trigger;

import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.step.StepValidation;

/**
 * One kind of trigger (manual, event; schedule, webhook and AI triggers plug in the same way): one
 * {@code @ApplicationScoped} class implementing this, found by {@link #type()}. What starts executions for it
 * (a resource, an event listener, a job) calls {@code WorkflowRuns.start}.
 */
public interface TriggerType {

    String type();

    /** Checks the trigger's fields when a definition is saved (field names start with "trigger."). */
    void validate(TriggerDefinition trigger, StepValidation validation);

    /** The event topic a published workflow of this trigger listens to, or null. */
    default String eventTopic(TriggerDefinition trigger) {
        return null;
    }
}
