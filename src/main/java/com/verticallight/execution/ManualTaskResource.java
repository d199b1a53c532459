package com.verticallight.execution;

import com.verticallight.execution.ManualTaskRequests.Completion;
import com.verticallight.execution.ManualTaskRequests.Dismissal;
import com.verticallight.execution.ManualTaskRequests.NewManualTask;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Manual tasks", description = "Work that needs a person, with the reason and step-by-step guidance")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ManualTaskResource {

    private final ManualTaskService tasks;

    public ManualTaskResource(ManualTaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @Path("/businesses/{businessId}/manual-tasks")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's manual tasks, most urgent first")
    @APIResponse(responseCode = "200", description = "The tasks (without guidance; read one task for its steps)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualTaskView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<ManualTaskView>> list(@PathParam("businessId") UUID businessId,
            @Parameter(description = "OPEN, IN_PROGRESS, DONE or DISMISSED") @QueryParam("status") String status) {
        return tasks.list(businessId, QueryParams.enumValue("status", status, TaskStatus.class));
    }

    @POST
    @Path("/businesses/{businessId}/manual-tasks")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Open a manual task from a guidance entry")
    @APIResponse(responseCode = "201", description = "Opened", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualTaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown guidance key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("businessId") UUID businessId, @Valid @NotNull NewManualTask request) {
        return tasks.create(businessId, request)
                .map(created -> Response.status(201).header("Location", "/api/v1/manual-tasks/" + created.id())
                        .entity(created).build());
    }

    @GET
    @Path("/manual-tasks/{taskId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "One manual task with its guidance steps")
    @APIResponse(responseCode = "200", description = "The task", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualTaskView.class)))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ManualTaskView> get(@PathParam("taskId") UUID taskId) {
        return tasks.get(taskId);
    }

    @POST
    @Path("/manual-tasks/{taskId}/start")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Start working on an open task")
    @APIResponse(responseCode = "200", description = "In progress", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualTaskView.class)))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The task is not OPEN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ManualTaskView> start(@PathParam("taskId") UUID taskId) {
        return tasks.start(taskId);
    }

    @POST
    @Path("/manual-tasks/{taskId}/complete")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Mark a task done with the minutes spent; records a manual entry in the automation ledger",
            description = "A workflow approval task needs an outcome (approve or reject): completing it decides the "
                    + "approval, exactly as POST /api/v1/workflow-executions/{id}/approvals/{stepKey}. 409 when the "
                    + "approval was already decided, timed out or its execution ended.")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualTaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The task is already DONE or DISMISSED, or its approval was already decided", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ManualTaskView> complete(@PathParam("taskId") UUID taskId, @Valid @NotNull Completion completion) {
        return tasks.complete(taskId, completion.minutesSpent(), completion.outcome(), completion.comment());
    }

    @POST
    @Path("/manual-tasks/{taskId}/dismiss")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Dismiss a task that does not need doing, with the reason")
    @APIResponse(responseCode = "200", description = "Dismissed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ManualTaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The task is already DONE or DISMISSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ManualTaskView> dismiss(@PathParam("taskId") UUID taskId, @Valid @NotNull Dismissal dismissal) {
        return tasks.dismiss(taskId, dismissal.reason());
    }
}
