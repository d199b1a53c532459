package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.expression.Expressions.Kind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Custom business logic without code: a CEL expression that yields a map; its entries become {@code vars.<name>}.
 * {"type":"script","settings":{"expression":"{'discount': trigger.valueMinor > 2000000 ? 10 : 5}"}}
 */
@ApplicationScoped
public class ScriptStep implements StepType {

    @Override
    public String type() {
        return "script";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        validation.expression(step.setting("expression"), step.settingsOrEmpty().get("expression"), Kind.MAP);
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        return Uni.createFrom().item(() -> StepResult.next(
                context.expressions().map(context.setting("expression"), context.variables())));
    }

    @Override
    public boolean setsVariables() {
        return true;
    }
}
