package com.verticallight.execution;

import com.verticallight.platform.problem.Problem;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Authenticated
@Tag(name = "Guidance", description = "Step-by-step help for the work that needs a person")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GuidanceResource {

    private final GuidanceService guidance;

    public GuidanceResource(GuidanceService guidance) {
        this.guidance = guidance;
    }

    @GET
    @Path("/guidance")
    @Operation(summary = "The guidance library")
    @APIResponse(responseCode = "200", description = "All guidance", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceView.class, type = SchemaType.ARRAY)))
    public Uni<List<GuidanceView>> list() {
        return guidance.list();
    }

    @GET
    @Path("/guidance/{key}")
    @Operation(summary = "One guidance entry with its steps, checklist and talking points")
    @APIResponse(responseCode = "200", description = "The guidance", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceView.class)))
    @APIResponse(responseCode = "404", description = "No guidance with this key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<GuidanceView> get(@PathParam("key") String key) {
        return guidance.get(key);
    }
}
