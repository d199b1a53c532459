package com.verticallight.workflow.step.approval;

import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.execution.TaskStatus;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.step.StepContext;
import com.verticallight.workflow.step.StepResult;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepValidation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A person approves or rejects: {"question":"Give {{trigger.name}} 10% off?","data":{"budget":"{{trigger.valueMinor}}"},
 * "timeout":"P2D"} with edges onApprove, onReject, onTimeout (each falls back to next). For a workflow of a business,
 * a manual task (guidance workflow-approval) carries the question and the data to the owner. The execution waits
 * durably (the step run is WAITING, a job holds the timeout; nothing polls) until a decision arrives through
 * POST /api/v1/workflow-executions/{id}/approvals/{stepKey}, or the timeout passes.
 */
@ApplicationScoped
public class ApprovalStep implements StepType {

    static final String GUIDANCE = "workflow-approval";
    static final Duration DEFAULT_TIMEOUT = Duration.ofDays(7);

    private final ManualTaskService tasks;
    private final Approvals approvals;

    public ApprovalStep(ManualTaskService tasks, Approvals approvals) {
        this.tasks = tasks;
        this.approvals = approvals;
    }

    @Override
    public String type() {
        return "approval";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        if (validation.required(step.setting("question"), s.get("question"))) {
            validation.template(step.setting("question"), s.get("question"));
        }
        if (s.get("timeout") != null) {
            validation.duration(step.setting("timeout"), s.get("timeout"));
        }
        Object data = s.get("data");
        if (data != null && !(data instanceof Map)) {
            validation.error(step.setting("data"), "workflow.definition.dataObject");
        } else if (data != null) {
            ((Map<?, ?>) data).forEach((name, value) -> {
                if (value instanceof String) {
                    validation.template(step.setting("data." + name), value);
                }
            });
        }
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        String question = context.render(context.setting("question"));
        Map<String, Object> data = new LinkedHashMap<>();
        if (context.step().settingsOrEmpty().get("data") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> data.put(String.valueOf(k), v instanceof String text ? context.render(text) : v));
        }
        Duration timeout = context.setting("timeout") == null ? DEFAULT_TIMEOUT
                : Duration.parse(context.setting("timeout"));
        Instant until = context.now().plus(timeout);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("question", question);
        asked.put("data", data);
        asked.put("expiresAt", until.toString());
        return task(context, question, data).map(taskId -> {
            if (taskId != null) {
                asked.put("taskId", taskId);
            }
            return new StepResult.Wait(until, asked);
        });
    }

    /** One task per execution and step (the hand-off is unique by its reference), for a workflow of a business. */
    private Uni<String> task(StepContext context, String question, Map<String, Object> data) {
        if (context.businessId() == null) {
            return Uni.createFrom().nullItem();
        }
        String shown = question.length() <= 190 ? question : question.substring(0, 180) + "...";
        return tasks.handOff(context.businessId(), new HandOff(GUIDANCE, null, null, Priority.HIGH, null,
                reference(context.executionId(), context.stepKey())).withWords(Words.of(
                        "title", Phrase.of("approval.title", "question", shown),
                        "reason", Phrase.of("approval.reason", "question", question,
                                "hasData", data.isEmpty() ? "no" : "yes", "data", String.valueOf(data),
                                "execution", context.executionId().toString(), "step", context.stepKey()),
                        "trigger", Phrase.of("workflow.execution", "id", context.executionId().toString()))))
                .map(task -> task.id().toString());
    }

    /** The reference of an approval's manual task: the execution and the step key. */
    static String reference(UUID executionId, String stepKey) {
        return GUIDANCE + ":" + executionId + ":" + stepKey;
    }

    @Override
    public Uni<Void> cancelled(UUID executionId, UUID businessId, String stepKey, String reason) {
        return approvals.closeTask(executionId, stepKey, TaskStatus.DISMISSED, "Not needed any more: " + reason);
    }

    @Override
    public Uni<StepResult> waitOver(StepContext context, Object storedOutput) {
        return approvals.timedOut(context.executionId(), context.stepKey(), storedOutput);
    }
}
