package com.verticallight.workflow.trigger;

import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.step.StepValidation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/**
 * Runs at the times of a cron line or plain words, in the business's time zone:
 * {"type":"schedule","schedule":"every Monday 9 am","missed":"runOnce"}. One durable {@code workflow.schedule} job
 * per active workflow holds its next time ({@link WorkflowSchedules}).
 */
@ApplicationScoped
public class ScheduleTrigger implements TriggerType {

    public static final String TYPE = "schedule";
    public static final String RUN_ONCE = "runOnce";
    public static final String SKIP = "skip";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void validate(TriggerDefinition trigger, StepValidation validation) {
        try {
            Schedule.parse(trigger.schedule());
        } catch (Schedule.Invalid e) {
            validation.error("trigger.schedule", e.text());
        } catch (IllegalArgumentException e) { // a reason the parser did not foresee: still a 400 naming the field
            validation.error("trigger.schedule", "workflow.definition.scheduleCron",
                    Map.of("reason", String.valueOf(e.getMessage())));
        }
        if (trigger.missed() != null && !Set.of(RUN_ONCE, SKIP).contains(trigger.missed())) {
            validation.error("trigger.missed", "workflow.definition.missed");
        }
    }

    static boolean skipsMissed(TriggerDefinition trigger) {
        return SKIP.equals(trigger.missed());
    }
}
