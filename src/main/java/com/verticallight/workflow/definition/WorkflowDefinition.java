package com.verticallight.workflow.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a workflow does: its trigger, its steps (a graph; the first step is where it starts), an optional input
 * schema for the trigger payload and an optional output expression. Stored as JSON: the draft, and each published
 * version frozen.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "WorkflowDefinition")
public record WorkflowDefinition(
        @Schema(description = "What starts it") TriggerDefinition trigger,
        @Schema(description = "The steps; execution starts at the first") List<StepDefinition> steps,
        @Schema(description = "Required fields and types of the trigger payload") InputSchema inputSchema,
        @Schema(description = "CEL expression for the execution's output; default: every step's output by id")
        String output) {

    public Optional<StepDefinition> step(String id) {
        return steps == null ? Optional.empty() : steps.stream().filter(s -> id.equals(s.id())).findFirst();
    }

    public String start() {
        return steps == null || steps.isEmpty() ? null : steps.get(0).id();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WorkflowTrigger", description = "type: manual, event, schedule, webhook or ai. An event (or ai) "
            + "trigger names its event and an optional CEL filter, e.g. {\"type\":\"event\",\"event\":\"lead.created\","
            + "\"filter\":\"trigger.valueMinor > 2000000\"}; a schedule trigger a cron line or plain words and what to "
            + "do with a missed time, e.g. {\"type\":\"schedule\",\"schedule\":\"every Monday 9 am\",\"missed\":\"runOnce\"}; "
            + "a webhook trigger optional settings {\"mode\":\"sync\",\"timeoutMs\":5000}")
    public record TriggerDefinition(@Size(max = 64) String type, @Size(max = 100) String event,
            @Size(max = 4000) String filter,
            @Schema(description = "schedule: a 5-field cron line or words such as 'every weekday at 9:00', in the "
                    + "business's time zone") @Size(max = 200) String schedule,
            @Schema(description = "schedule: runOnce (default) or skip, for a time missed while the service was down")
            @Size(max = 20) String missed,
            Map<@Size(max = 100) String, Object> settings) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WorkflowStep", description = "One step: its id, type, settings and where to go next")
    public record StepDefinition(
            @Size(max = 40) String id,
            @Size(max = 64) String type,
            Map<@Size(max = 100) String, Object> settings,
            @Schema(description = "The step after this one; none ends the path") @Size(max = 40) String next,
            @Schema(description = "condition: the step when true") @Size(max = 40) String onTrue,
            @Schema(description = "condition: the step when false") @Size(max = 40) String onFalse,
            @Schema(description = "The step after this one failed its last attempt") @Size(max = 40) String onError,
            @Schema(description = "approval: the step when approved (else next)") @Size(max = 40) String onApprove,
            @Schema(description = "approval: the step when rejected (else next)") @Size(max = 40) String onReject,
            @Schema(description = "approval: the step when no decision came before the timeout (else next)")
            @Size(max = 40) String onTimeout) {

        public Map<String, Object> settingsOrEmpty() {
            return settings == null ? Map.of() : settings;
        }

        public String field(String name) {
            return "steps[" + id + "]." + name;
        }

        public String setting(String name) {
            return field("settings." + name);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "WorkflowInputSchema", description = "A JSON-schema subset: required fields and property types "
            + "(string, number, integer, boolean, object, array)")
    public record InputSchema(List<@Size(max = 100) String> required,
            Map<@Size(max = 100) String, @Size(max = 20) String> properties) {
    }
}
