package com.verticallight.workflow;

import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.workflow.definition.WorkflowDefinition;
import com.verticallight.workflow.definition.WorkflowDefinition.InputSchema;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.definition.WorkflowStatus;
import com.verticallight.workflow.execution.ExecutionStatus;
import com.verticallight.workflow.execution.StepRunStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the workflow API speaks. */
public final class WorkflowViews {

    private WorkflowViews() {
    }

    @Schema(name = "WorkflowRequest", description = "A workflow's draft: saving validates the whole graph")
    public record WorkflowRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Schema(description = "The business it works for (its time zone, manual tasks); none for the whole account")
            UUID businessId,
            @Valid TriggerDefinition trigger,
            List<@Valid StepDefinition> steps,
            @Valid InputSchema inputSchema,
            @Size(max = 4000) String output) {

        public WorkflowDefinition definition() {
            return new WorkflowDefinition(trigger, steps, inputSchema, output);
        }
    }

    @Schema(name = "Workflow")
    public record WorkflowView(UUID id, UUID businessId, String name, String description, WorkflowStatus status,
            @Schema(description = "The latest published version; null while only a draft exists") Integer publishedVersion,
            @Schema(description = "Published and not paused: starts executions and counts against the plan") boolean active,
            WorkflowDefinition draft, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "WorkflowValidation")
    public record ValidationView(boolean valid, List<FieldError> errors) {
    }

    @Schema(name = "WorkflowPublished")
    public record Published(UUID workflowId, int version) {
    }

    @Schema(name = "WorkflowVersionSummary")
    public record VersionSummary(int number, Instant createdAt) {
    }

    @Schema(name = "WorkflowVersion")
    public record VersionView(UUID workflowId, int number, WorkflowDefinition definition, Instant createdAt) {
    }

    @Schema(name = "WorkflowRunAccepted")
    public record RunAccepted(UUID executionId, ExecutionStatus status) {
    }

    @Schema(name = "WorkflowExecution")
    public record ExecutionView(UUID id, UUID workflowId, String workflowName, int version, UUID businessId,
            ExecutionStatus status, String triggerType, Object trigger, Object output, String error,
            @Schema(description = "The step key where it failed") String failedStep, Instant startedAt,
            Instant finishedAt,
            @Schema(description = "A test run: its messages were recorded as would have been sent, its external calls "
                    + "other than reads and its data updates were not made") boolean sandbox,
            @Schema(description = "Only in the answer for one execution") List<StepRunView> steps) {
    }

    @Schema(name = "WorkflowStepRun", description = "One step of an execution: input with secrets masked, sizes capped")
    public record StepRunView(String stepKey, String stepId, String type, StepRunStatus status, int attempt,
            @Schema(description = "The way it left: next, onTrue, onFalse, onError; wait/retry/join while waiting")
            String edge, Object input, Object output, String error, Instant waitUntil, Instant startedAt,
            Instant finishedAt) {
    }

    @Schema(name = "WorkflowWebhookAnswer", description = "202: the execution started (output null); 200 (sync mode): "
            + "it ended within the timeout, with its status and output")
    public record WebhookAnswer(UUID executionId, ExecutionStatus status, Object output, String error) {
    }

    @Schema(name = "WorkflowWebhookSecret", description = "Where to POST and how to sign: X-Vlos-Signature: sha256=<hex "
            + "HMAC-SHA256 of the raw body with the secret>, or X-Vlos-Token: <secret>")
    public record WebhookSecret(UUID workflowId, String url, String secret) {
    }

    @Schema(name = "WorkflowTemplate", description = "A ready-made workflow to copy; placeholders look like <<...>>")
    public record TemplateView(String id, String name, String description, List<String> placeholders,
            WorkflowDefinition definition) {
    }

    @Schema(name = "WorkflowTemplateCopy", description = "The new draft and the errors it still has (its placeholders "
            + "to fill) before it can be published")
    public record TemplateCopy(WorkflowView workflow, List<FieldError> errors) {
    }
}
