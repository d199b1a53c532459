package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.expression.Expressions.Kind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** {"type":"condition","settings":{"expression":"trigger.valueMinor > 2000000"},"onTrue":"notify","onFalse":"end"} */
@ApplicationScoped
public class ConditionStep implements StepType {

    @Override
    public String type() {
        return "condition";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        validation.expression(step.setting("expression"), step.settingsOrEmpty().get("expression"), Kind.BOOL);
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        return Uni.createFrom().item(() -> {
            boolean result = context.expressions().test(context.setting("expression"), context.variables());
            return new StepResult.Done(Map.of("result", result), result ? "onTrue" : "onFalse");
        });
    }
}
