package com.verticallight.workflow.trigger;

import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.expression.Expressions.Kind;
import com.verticallight.workflow.step.StepValidation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * A domain event from the outbox starts the workflow, once per event (executions are unique by workflow and
 * event id), when its optional CEL {@code filter} on {@code trigger} (the event's payload) is true:
 * {"type":"event","event":"lead.created","filter":"trigger.source == 'FORM'"}.
 */
@ApplicationScoped
public class EventTrigger implements TriggerType {

    public static final String TYPE = "event";
    /** The events a workflow can listen to; each is written to the outbox with the change that causes it. */
    public static final Set<String> EVENTS = Set.of("lead.created", "lead.status_changed", "sale.recorded",
            "review.received", "appointment.booked", "appointment.cancelled", "appointment.no_show",
            "appointment.completed", "payment.paid", "payment.overdue", "post.published", "task.done", "delivery.failed");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void validate(TriggerDefinition trigger, StepValidation validation) {
        validate(trigger, validation, EVENTS);
    }

    static void validate(TriggerDefinition trigger, StepValidation validation, Set<String> events) {
        if (trigger.event() == null || !events.contains(trigger.event())) {
            validation.oneOf("trigger.event", new java.util.TreeSet<>(events));
        }
        if (trigger.filter() != null) {
            validation.expression("trigger.filter", trigger.filter(), Kind.BOOL);
        }
    }

    @Override
    public String eventTopic(TriggerDefinition trigger) {
        return trigger.event();
    }
}
