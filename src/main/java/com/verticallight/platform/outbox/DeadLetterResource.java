package com.verticallight.platform.outbox;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/outbox/dead-letters")
@Tag(name = "Dead letters", description = "Events the automation could not process after its retries")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadLetterResource {

    private final DeadLetterService deadLetters;

    public DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The tenant's dead letters, newest first")
    @APIResponse(responseCode = "200", description = "Dead letters", content = @Content(mediaType = "application/json",
            schema = @Schema(type = SchemaType.ARRAY, implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "400", description = "Invalid limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<DeadLetterView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return deadLetters.list(limit);
    }

    @POST
    @Path("/{deadLetterId}/replay")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Process a dead letter once more (it is PENDING again; nothing already sent is sent twice)")
    @APIResponse(responseCode = "200", description = "Pending again", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = DeadLetterView.class)))
    @APIResponse(responseCode = "404", description = "No such dead letter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The event is not DEAD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DeadLetterView> replay(@PathParam("deadLetterId") UUID id) {
        return deadLetters.replay(id);
    }
}
