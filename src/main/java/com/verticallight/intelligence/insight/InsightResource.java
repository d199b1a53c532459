package com.verticallight.intelligence.insight;

import com.verticallight.i18n.Text;
import com.verticallight.identity.Permission;
import com.verticallight.intelligence.insight.Insight.Status;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
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
@Tag(name = "Insights", description = "Opportunities computed from the business's own data, each with its evidence")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business or insight", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InsightResource {

    private final InsightService insights;

    public InsightResource(InsightService insights) {
        this.insights = insights;
    }

    @POST
    @Path("/businesses/{businessId}/insights/refresh")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Compute the insights now from the data held; updates existing ones instead of duplicating")
    @APIResponse(responseCode = "200", description = "All the business's insights, ranked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class, type = SchemaType.ARRAY)))
    public Uni<List<InsightView>> refresh(@PathParam("businessId") UUID businessId) {
        return insights.refresh(businessId);
    }

    @GET
    @Path("/businesses/{businessId}/insights")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The insights, ranked: what can be done today first, then by expected impact per minute of effort")
    @APIResponse(responseCode = "200", description = "The insights", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown status", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<InsightView>> list(@PathParam("businessId") UUID businessId,
            @Parameter(description = "NEW (default), DONE, DISMISSED or ALL") @QueryParam("status") String status) {
        return insights.list(businessId, status(status));
    }

    @POST
    @Path("/insights/{insightId}/done")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Mark an insight as acted on")
    @APIResponse(responseCode = "200", description = "Marked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class)))
    @APIResponse(responseCode = "409", description = "Already dismissed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InsightView> done(@PathParam("insightId") UUID insightId) {
        return insights.mark(insightId, Status.DONE);
    }

    @POST
    @Path("/insights/{insightId}/dismiss")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Dismiss an insight; recomputation keeps it dismissed")
    @APIResponse(responseCode = "200", description = "Dismissed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InsightView.class)))
    @APIResponse(responseCode = "409", description = "Already done", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<InsightView> dismiss(@PathParam("insightId") UUID insightId) {
        return insights.mark(insightId, Status.DISMISSED);
    }

    private static Status status(String value) {
        if (value == null || value.isBlank()) {
            return Status.NEW;
        }
        if (value.equalsIgnoreCase("ALL")) {
            return null;
        }
        try {
            return Status.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", Text.of("intelligence.newDONEDISMISSEDALL"));
        }
    }
}
