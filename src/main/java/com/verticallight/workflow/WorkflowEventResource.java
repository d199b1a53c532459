package com.verticallight.workflow;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.workflow.trigger.RecentEvents;
import com.verticallight.workflow.trigger.RecentEvents.RecentEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workflow-events")
@Tag(name = "Workflows", description = "User-defined workflows: drafts, published versions, runs")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkflowEventResource {

    private final RecentEvents events;

    public WorkflowEventResource(RecentEvents events) {
        this.events = events;
    }

    @GET
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The tenant's latest domain events (of the topics workflows listen to), newest first",
            description = "Their payloads are what an event trigger gets as trigger: use one as a test payload")
    @APIResponse(responseCode = "200", description = "Events", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecentEvent.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Not a workflow event topic, or a bad limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<RecentEvent>> latest(@QueryParam("topic") @Size(max = 100) String topic,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(RecentEvents.MAX_LIMIT) int limit) {
        return Uni.createFrom().deferred(() -> events.latest(topic, limit));
    }
}
