package com.verticallight.workflow;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.workflow.WorkflowViews.ExecutionView;
import com.verticallight.workflow.WorkflowViews.Published;
import com.verticallight.workflow.WorkflowViews.RunAccepted;
import com.verticallight.workflow.WorkflowViews.ValidationView;
import com.verticallight.workflow.WorkflowViews.WebhookSecret;
import com.verticallight.workflow.WorkflowViews.VersionSummary;
import com.verticallight.workflow.WorkflowViews.VersionView;
import com.verticallight.workflow.WorkflowViews.WorkflowRequest;
import com.verticallight.workflow.WorkflowViews.WorkflowView;
import com.verticallight.workflow.execution.ExecutionService;
import com.verticallight.workflow.execution.WorkflowRuns;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workflows")
@Tag(name = "Workflows", description = "User-defined workflows: drafts, published versions, runs")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkflowResource {

    private final WorkflowService workflows;
    private final WorkflowRuns runs;
    private final ExecutionService executions;
    private final WorkflowConfig config;

    public WorkflowResource(WorkflowService workflows, WorkflowRuns runs, ExecutionService executions,
            WorkflowConfig config) {
        this.workflows = workflows;
        this.runs = runs;
        this.executions = executions;
        this.config = config;
    }

    @POST
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Create a workflow draft; the whole graph is validated")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition: each error names the step and field, e.g. steps[wait1].settings.duration", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@Valid @NotNull WorkflowRequest request) {
        return workflows.create(request).map(created -> Response.status(201)
                .header("Location", "/api/v1/workflows/" + created.id()).entity(created).build());
    }

    @GET
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The tenant's workflows, newest first")
    @APIResponse(responseCode = "200", description = "Workflows", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public Uni<List<WorkflowView>> list() {
        return workflows.list();
    }

    @GET
    @Path("/{workflowId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One workflow with its draft")
    @APIResponse(responseCode = "200", description = "The workflow", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WorkflowView> get(@PathParam("workflowId") UUID workflowId) {
        return workflows.get(workflowId);
    }

    @PUT
    @Path("/{workflowId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace the draft (published versions stay until the next publish)")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WorkflowView> update(@PathParam("workflowId") UUID workflowId, @Valid @NotNull WorkflowRequest request) {
        return workflows.update(workflowId, request);
    }

    @DELETE
    @Path("/{workflowId}")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Delete a workflow with its versions and executions")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("workflowId") UUID workflowId) {
        return workflows.delete(workflowId);
    }

    @POST
    @Path("/validate")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Check a definition without saving it")
    @APIResponse(responseCode = "200", description = "Whether it is valid, and every error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationView.class)))
    @APIResponse(responseCode = "400", description = "Not a workflow request (e.g. no name)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ValidationView> validate(@Valid @NotNull WorkflowRequest request) {
        return workflows.validate(request);
    }

    @POST
    @Path("/{workflowId}/publish")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Freeze the draft as the next numbered version; new executions run it")
    @APIResponse(responseCode = "200", description = "The version number", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Published.class)))
    @APIResponse(responseCode = "400", description = "The draft is invalid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan's active workflows are all in use", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Published> publish(@PathParam("workflowId") UUID workflowId) {
        return workflows.publish(workflowId);
    }

    @GET
    @Path("/{workflowId}/versions")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The published versions, newest first")
    @APIResponse(responseCode = "200", description = "Versions", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<VersionSummary>> versions(@PathParam("workflowId") UUID workflowId) {
        return workflows.versions(workflowId);
    }

    @GET
    @Path("/{workflowId}/versions/{number}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One published version's frozen definition")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such workflow or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<VersionView> version(@PathParam("workflowId") UUID workflowId, @PathParam("number") @Min(1) int number) {
        return workflows.version(workflowId, number);
    }

    @POST
    @Path("/{workflowId}/pause")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Pause: no new executions start; running ones go on")
    @APIResponse(responseCode = "200", description = "Paused", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WorkflowView> pause(@PathParam("workflowId") UUID workflowId) {
        return workflows.pause(workflowId);
    }

    @POST
    @Path("/{workflowId}/resume")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Resume a paused workflow")
    @APIResponse(responseCode = "200", description = "Active again", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkflowView.class)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The plan's active workflows are all in use", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WorkflowView> resume(@PathParam("workflowId") UUID workflowId) {
        return workflows.resume(workflowId);
    }

    @GET
    @Path("/{workflowId}/webhook")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "The public webhook URL path and secret of a published webhook workflow")
    @APIResponse(responseCode = "200", description = "Where to POST and the secret to sign with", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class)))
    @APIResponse(responseCode = "404", description = "No such workflow, or it has no webhook yet (publish it with a webhook trigger)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WebhookSecret> webhook(@PathParam("workflowId") UUID workflowId) {
        return workflows.webhookSecret(workflowId);
    }

    @POST
    @Path("/{workflowId}/webhook/rotate")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace the webhook secret; the old one stops working at once")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookSecret.class)))
    @APIResponse(responseCode = "404", description = "No such workflow, or it has no webhook yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<WebhookSecret> rotateWebhook(@PathParam("workflowId") UUID workflowId) {
        return workflows.rotateWebhookSecret(workflowId);
    }

    @POST
    @Path("/{workflowId}/run")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Run the published version now with a JSON payload as trigger",
            description = "202 with the execution id; with wait=true, 200 with the finished execution and its output "
                    + "if it ends (or starts waiting) within the timeout, else 202. With sandbox=true it is a test run: "
                    + "its messages are recorded as would have been sent whatever the connections' mode, its external "
                    + "calls other than GET/HEAD and its data updates are not made (each step's output says what would "
                    + "have happened)")
    @APIResponse(responseCode = "200", description = "Ended within the wait", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionView.class)))
    @APIResponse(responseCode = "202", description = "Started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunAccepted.class)))
    @APIResponse(responseCode = "400", description = "The payload does not match the input schema", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "The plan's workflow executions per day are used up", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not published, or paused", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
            additionalProperties = Schema.True.class,
            description = "The trigger payload: any JSON object, checked against the workflow's inputSchema")))
    public Uni<Response> run(@PathParam("workflowId") UUID workflowId, Map<String, Object> payload,
            @QueryParam("wait") @DefaultValue("false") boolean wait,
            @QueryParam("sandbox") @DefaultValue("false") boolean sandbox) {
        return runs.manual(workflowId, payload, sandbox).chain(started -> {
            Response accepted = Response.status(202).entity(new RunAccepted(started.executionId(),
                    com.verticallight.workflow.execution.ExecutionStatus.RUNNING)).build();
            if (!wait) {
                return Uni.createFrom().item(accepted);
            }
            return started.done().ifNoItem().after(config.runWaitTimeout()).recoverWithItem(() -> null)
                    .chain(status -> status == null ? Uni.createFrom().item(accepted)
                            : executions.finished(started.executionId()).map(view -> Response.ok(view).build()));
        });
    }
}
