package com.verticallight.workflow;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.workflow.WorkflowViews.ExecutionView;
import com.verticallight.workflow.execution.ExecutionService;
import com.verticallight.workflow.execution.ExecutionStatus;
import com.verticallight.workflow.step.approval.ApprovalDecision;
import com.verticallight.workflow.step.Delays;
import com.verticallight.workflow.step.approval.Approvals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workflow-executions")
@Tag(name = "Workflow executions", description = "Every run of a workflow, with its step runs")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkflowExecutionResource {

    private final ExecutionService executions;
    private final Approvals approvals;
    private final Delays delays;

    public WorkflowExecutionResource(ExecutionService executions, Approvals approvals, Delays delays) {
        this.executions = executions;
        this.approvals = approvals;
        this.delays = delays;
    }

    @GET
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Executions, newest first, by status and workflow")
    @APIResponse(responseCode = "200", description = "Executions (without step runs)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ExecutionView>> list(@QueryParam("status") ExecutionStatus status,
            @QueryParam("workflowId") UUID workflowId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        return executions.list(status, workflowId, limit);
    }

    @GET
    @Path("/{executionId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One execution with every step run")
    @APIResponse(responseCode = "200", description = "The execution", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "404", description = "No such execution", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExecutionView> get(@PathParam("executionId") UUID executionId) {
        return executions.get(executionId);
    }

    @POST
    @Path("/{executionId}/cancel")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Cancel a running or waiting execution")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "404", description = "No such execution", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already ended", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExecutionView> cancel(@PathParam("executionId") UUID executionId) {
        return executions.cancel(executionId);
    }

    @POST
    @Path("/{executionId}/retry")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Run a failed execution again from its failed step")
    @APIResponse(responseCode = "200", description = "Restarted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "404", description = "No such execution", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not FAILED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExecutionView> retry(@PathParam("executionId") UUID executionId) {
        return executions.retry(executionId);
    }

    @POST
    @Path("/{executionId}/approvals/{stepKey}")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Approve or reject an approval step that waits; the execution goes on at once")
    @APIResponse(responseCode = "200", description = "Decided; the execution as it stands now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "400", description = "decision is not approve or reject", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such execution or approval step", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, timed out, or the execution ended", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExecutionView> decide(@PathParam("executionId") UUID executionId, @PathParam("stepKey") String stepKey,
            @Valid @NotNull ApprovalDecision decision) {
        return approvals.decide(executionId, stepKey, decision.value(), decision.comment())
                .chain(() -> executions.get(executionId));
    }

    @POST
    @Path("/{executionId}/delays/{stepKey}/continue")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Continue now: end a waiting delay step at once (who and when is added to its output)")
    @APIResponse(responseCode = "200", description = "Continued; the execution as it stands now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "404", description = "No such execution or delay step", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The delay is not waiting, or the execution ended", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ExecutionView> continueDelay(@PathParam("executionId") UUID executionId,
            @PathParam("stepKey") @Size(max = 120) String stepKey) {
        return delays.continueNow(executionId, stepKey).chain(() -> executions.get(executionId));
    }
}
