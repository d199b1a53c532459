package com.verticallight.execution;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
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
@Tag(name = "Metrics", description = "Automation %, hours saved, value and ROI, computed from the automation ledger")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class MetricsResource {

    private final MetricsService metrics;

    public MetricsResource(MetricsService metrics) {
        this.metrics = metrics;
    }

    @GET
    @Path("/businesses/{businessId}/metrics")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "The business's metrics for the day, ISO week or month containing a date, with their inputs")
    @APIResponse(responseCode = "200", description = "The figures and what they were computed from", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Metrics.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Metrics> get(@PathParam("businessId") UUID businessId,
            @Parameter(description = "DAY, WEEK (Monday to Sunday) or MONTH") @QueryParam("period") @DefaultValue("MONTH") String period,
            @Parameter(description = "A day in the period, YYYY-MM-DD in the business's time zone; today when absent") @QueryParam("date") String date) {
        return metrics.forPeriod(businessId, QueryParams.enumValue("period", period, Period.class),
                QueryParams.date("date", date));
    }
}
