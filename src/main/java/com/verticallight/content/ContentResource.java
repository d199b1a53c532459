package com.verticallight.content;

import com.verticallight.execution.QueryParams;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Content", description = "Posts written by the built-in template generator, per platform")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ContentResource {

    private final ContentService content;

    public ContentResource(ContentService content) {
        this.content = content;
    }

    @GET
    @Path("/businesses/{businessId}/content/preview")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The day's posts for Facebook, Instagram and Google Business Profile, as the generator writes them")
    @APIResponse(responseCode = "200", description = "One draft per platform", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContentPreview.class)))
    @APIResponse(responseCode = "400", description = "Invalid date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ContentPreview> preview(@PathParam("businessId") UUID businessId,
            @Parameter(description = "The day, YYYY-MM-DD; today in the business's time zone when absent") @QueryParam("date") String date) {
        return content.preview(businessId, QueryParams.date("date", date));
    }
}
