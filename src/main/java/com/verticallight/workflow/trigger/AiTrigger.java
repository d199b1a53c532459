package com.verticallight.workflow.trigger;

import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.step.StepValidation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * An insight of the analytics hub starts the workflow: a prediction crossing its threshold or a detected anomaly,
 * each an outbox event like the domain events (once per event, with an optional CEL filter on its payload):
 * {"type":"ai","event":"prediction.threshold","filter":"trigger.model == 'churn' && trigger.value > 0.8"}.
 * The analytics hub writes them to the outbox as analytics.prediction_threshold and analytics.anomaly_detected.
 */
@ApplicationScoped
public class AiTrigger implements TriggerType {

    public static final String TYPE = "ai";
    public static final Set<String> EVENTS = Set.of("prediction.threshold", "anomaly.detected");
    /** The outbox topic of each event. */
    public static final java.util.Map<String, String> TOPICS = java.util.Map.of(
            "prediction.threshold", "analytics.prediction_threshold", "anomaly.detected", "analytics.anomaly_detected");

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void validate(TriggerDefinition trigger, StepValidation validation) {
        EventTrigger.validate(trigger, validation, EVENTS);
    }

    @Override
    public String eventTopic(TriggerDefinition trigger) {
        return TOPICS.getOrDefault(trigger.event(), trigger.event());
    }
}
