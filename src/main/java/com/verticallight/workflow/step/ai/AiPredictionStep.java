package com.verticallight.workflow.step.ai;

import com.verticallight.i18n.Text;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.step.StepContext;
import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.StepResult;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepValidation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Calls a deployed model of the tenant with mapped inputs:
 * {"modelId":"lead-quality","inputs":{"budget":"{{trigger.valueMinor}}","source":"{{trigger.source}}"}}. Output
 * {"prediction":…,"confidence":…,"details":{…}}. The model id is checked at save against the {@link ModelRegistry}
 * (the analytics hub's); until that exists every id is refused with a clear reason.
 */
@ApplicationScoped
public class AiPredictionStep implements StepType {

    private final ModelRegistry models;

    public AiPredictionStep(ModelRegistry models) {
        this.models = models;
    }

    @Override
    public String type() {
        return "aiPrediction";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        if (validation.required(step.setting("modelId"), s.get("modelId"))) {
            validation.model(step.setting("modelId"), String.valueOf(s.get("modelId")));
        }
        Object inputs = s.get("inputs");
        if (inputs != null && !(inputs instanceof Map)) {
            validation.error(step.setting("inputs"), "workflow.definition.inputsObject");
        } else if (inputs != null) {
            ((Map<?, ?>) inputs).forEach((name, value) -> {
                if (value instanceof String) {
                    validation.template(step.setting("inputs." + name), value);
                }
            });
        }
    }

    /** What a person reads of model ids the registry does not know. */
    public com.verticallight.i18n.Text unknownModelText() {
        return com.verticallight.i18n.Text.of(models.available() ? "workflow.noDeployedModel" : "workflow.noModelHubYet");
    }

    /** What to say of model ids the registry does not know (in a step failure's log). */
    public String unknownModel() {
        return models.available() ? "no deployed model with this id"
                : "no deployed model with this id (the analytics hub is not available yet)";
    }

    public Uni<Set<String>> deployed(java.util.Collection<String> ids) {
        return models.deployed(ids);
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        String modelId = context.setting("modelId");
        Map<String, Object> inputs = new LinkedHashMap<>();
        if (context.step().settingsOrEmpty().get("inputs") instanceof Map<?, ?> map) {
            map.forEach((name, value) -> inputs.put(String.valueOf(name),
                    value instanceof String text ? context.render(text) : value));
        }
        return models.deployed(Set.of(modelId)).chain(found -> {
            if (!found.contains(modelId)) {
                return Uni.createFrom().failure(new StepFailure("modelId: " + unknownModel(), false));
            }
            return models.predict(modelId, inputs).map(p -> {
                Map<String, Object> output = new LinkedHashMap<>();
                output.put("prediction", p.prediction());
                output.put("confidence", p.confidence());
                output.put("details", p.details() == null ? Map.of() : p.details());
                return StepResult.next(output);
            });
        });
    }
}
