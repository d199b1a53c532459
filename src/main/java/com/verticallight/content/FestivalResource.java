package com.verticallight.content;

import com.verticallight.execution.QueryParams;
import com.verticallight.platform.problem.Problem;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Authenticated
@Tag(name = "Festivals", description = "The festival calendar the content generator writes festival posts from")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class FestivalResource {

    private final ContentService content;

    public FestivalResource(ContentService content) {
        this.content = content;
    }

    @GET
    @Path("/festivals")
    @Operation(summary = "Festivals and national days of a country between two dates, in date order")
    @APIResponse(responseCode = "200", description = "The festivals", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FestivalView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid country or dates, or a range of more than 400 days", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<FestivalView>> list(
            @Parameter(description = "ISO 3166 alpha-2 country code, e.g. IN") @QueryParam("country") String country,
            @Parameter(description = "First day, YYYY-MM-DD; today when absent") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD, at most 400 days after from; 90 days after from when absent") @QueryParam("to") String to) {
        return content.festivals(country, QueryParams.date("from", from), QueryParams.date("to", to));
    }
}
