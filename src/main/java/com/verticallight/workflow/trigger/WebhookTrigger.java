package com.verticallight.workflow.trigger;

import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.step.StepValidation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;

/**
 * A signed POST to the workflow's public URL starts it with the JSON body as {@code trigger}:
 * {"type":"webhook","settings":{"mode":"sync","timeoutMs":5000}}. Mode async (default) answers 202 with the
 * execution id; sync waits up to timeoutMs (at most 30 s) for the output.
 */
@ApplicationScoped
public class WebhookTrigger implements TriggerType {

    public static final String TYPE = "webhook";
    static final long MAX_TIMEOUT_MS = 30_000;
    static final long DEFAULT_TIMEOUT_MS = 10_000;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void validate(TriggerDefinition trigger, StepValidation validation) {
        Map<String, Object> settings = trigger.settings() == null ? Map.of() : trigger.settings();
        Object mode = settings.get("mode");
        if (mode != null && !"sync".equals(mode) && !"async".equals(mode)) {
            validation.error("trigger.settings.mode", "workflow.definition.webhookMode");
        }
        Object timeout = settings.get("timeoutMs");
        if (timeout != null && !(timeout instanceof Integer || timeout instanceof Long)
                || timeout != null && (((Number) timeout).longValue() < 1 || ((Number) timeout).longValue() > MAX_TIMEOUT_MS)) {
            validation.error("trigger.settings.timeoutMs", "workflow.definition.webhookTimeout",
                    Map.of("max", MAX_TIMEOUT_MS));
        }
    }

    /** How long a sync call waits for the output; null for an async webhook. */
    public static Duration syncWait(TriggerDefinition trigger) {
        Map<String, Object> settings = trigger.settings() == null ? Map.of() : trigger.settings();
        if (!"sync".equals(settings.get("mode"))) {
            return null;
        }
        Object timeout = settings.get("timeoutMs");
        return Duration.ofMillis(timeout instanceof Number n ? n.longValue() : DEFAULT_TIMEOUT_MS);
    }
}
