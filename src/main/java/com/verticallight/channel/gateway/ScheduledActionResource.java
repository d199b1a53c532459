package com.verticallight.channel.gateway;

import com.verticallight.channel.gateway.GatewayViews.ScheduledAction;
import com.verticallight.identity.Permission;
import com.verticallight.job.JobViews.JobView;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scheduled-actions")
@Tag(name = "Channel gateway", description = "Outbound actions on connected platforms and their delivery log")
@SecurityRequirement(name = "bearer")
public class ScheduledActionResource {

    private final ScheduledActions scheduled;

    public ScheduledActionResource(ScheduledActions scheduled) {
        this.scheduled = scheduled;
    }

    @POST
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Schedule an action for later; it survives restarts and runs once")
    @APIResponse(responseCode = "201", description = "Scheduled (the job)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown connection", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> schedule(@Valid @NotNull ScheduledAction request) {
        return scheduled.schedule(request).map(job -> Response.status(201).entity(job).build());
    }
}
