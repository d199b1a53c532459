package com.verticallight.workflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.workflow.definition.WorkflowDefinition;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsesBusinessTest {

    private static StepDefinition step(String type, Map<String, Object> settings) {
        return new StepDefinition("s", type, settings, null, null, null, null, null, null, null);
    }

    private static WorkflowDefinition of(String output, StepDefinition... steps) {
        return new WorkflowDefinition(null, List.of(steps), null, output);
    }

    @Test
    void aPassReadsTheBusinessOnlyWhenSomethingInTheDefinitionCanUseIt() {
        assertThat(WorkflowEngine.usesBusiness(of(null, step("script", Map.of("expression", "{'a': trigger.x}")))))
                .isFalse();
        assertThat(WorkflowEngine.usesBusiness(of("{'c': business.city}", step("script", Map.of("expression", "{}")))))
                .isTrue();
        assertThat(WorkflowEngine.usesBusiness(of(null, step("notification", Map.of("message",
                Map.of("text", List.of("Hello from {{business.name}}"))))))).isTrue();
        assertThat(WorkflowEngine.usesBusiness(of(null, step("delay", Map.of("until", "09:00"))))).isTrue(); // its zone
        assertThat(WorkflowEngine.usesBusiness(of(null, step("delay", Map.of("duration", "PT2H"))))).isFalse();
    }
}
