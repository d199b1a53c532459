package com.verticallight.workflow.trigger;

import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.step.StepValidation;
import jakarta.enterprise.context.ApplicationScoped;

/** Run from the API or the app: POST /api/v1/workflows/{id}/run with a JSON payload as {@code trigger}. */
@ApplicationScoped
public class ManualTrigger implements TriggerType {

    public static final String TYPE = "manual";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void validate(TriggerDefinition trigger, StepValidation validation) {
        // nothing to set: any published workflow can also be run by hand
    }
}
