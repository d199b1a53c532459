package com.verticallight.intelligence.competitor;

import com.verticallight.i18n.Text;
import com.verticallight.identity.Permission;
import com.verticallight.intelligence.competitor.CompetitorViews.AlertView;
import com.verticallight.intelligence.competitor.CompetitorViews.Analysis;
import com.verticallight.intelligence.competitor.CompetitorViews.ImportResult;
import com.verticallight.platform.json.StrictStrings;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
@Tag(name = "Competitors", description = "Competitors within the service radius: distance, rating, saturation, gaps, alerts")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CompetitorResource {

    private final CompetitorService competitors;

    public CompetitorResource(CompetitorService competitors) {
        this.competitors = competitors;
    }

    @POST
    @Path("/businesses/{businessId}/competitors/refresh")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Fetch the competitors within the service radius from Google Places and store today's figures")
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "The business's category has no Places types", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No Places API key configured: import competitors instead", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "Google Places failed or refused the search", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ImportResult> refresh(@PathParam("businessId") UUID businessId) {
        return competitors.refresh(businessId);
    }

    @POST
    @Path("/businesses/{businessId}/competitors/import")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Import competitors and their figures (e.g. from a data provider) as observed on a date")
    @APIResponse(responseCode = "200", description = "Stored; alertsRaised counts sharp moves since earlier figures", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ImportResult> importList(@PathParam("businessId") UUID businessId, @Valid @NotNull CompetitorImport list) {
        return competitors.importList(businessId, list);
    }

    @POST
    @Path("/businesses/{businessId}/competitors/import-csv")
    @Consumes("text/csv")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Import competitors from a CSV file with a header row (name, latitude, longitude, rating, review_count, price_level, website, has_website, closes_at, external_id)")
    @APIResponse(responseCode = "200", description = "Stored, observed now", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Every invalid cell of every row, named \"rows[N].column\" (N: the spreadsheet row, header = 1); nothing is stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as text/csv", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ImportResult> importCsv(@PathParam("businessId") UUID businessId, String csv) {
        return competitors.importCsv(businessId, StrictStrings.requireNoControlCharacters("body", csv));
    }

    @GET
    @Path("/businesses/{businessId}/competitors")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The competitors within the service radius (haversine distance), saturation, the business's rank and market gaps")
    @APIResponse(responseCode = "200", description = "The analysis", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Analysis.class)))
    @APIResponse(responseCode = "400", description = "Invalid own figures", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Analysis> analysis(@PathParam("businessId") UUID businessId,
            @Parameter(description = "The business's own rating (0-5), instead of its stored reviews") @QueryParam("ownRating") Double ownRating,
            @Parameter(description = "The business's own review count, instead of its stored reviews") @QueryParam("ownReviewCount") Integer ownReviewCount) {
        if (ownRating != null && (ownRating < 0 || ownRating > 5)) {
            throw ProblemException.invalid("ownRating", Text.of("intelligence.ratingZeroTo5"));
        }
        if (ownReviewCount != null && ownReviewCount < 0) {
            throw ProblemException.invalid("ownReviewCount", Text.of("field.notNegative"));
        }
        return competitors.analysis(businessId, ownRating, ownReviewCount);
    }

    @GET
    @Path("/businesses/{businessId}/competitors/alerts")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Sharp moves of competitors' ratings or review counts between observations, newest first")
    @APIResponse(responseCode = "200", description = "The alerts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView.class, type = SchemaType.ARRAY)))
    public Uni<List<AlertView>> alerts(@PathParam("businessId") UUID businessId) {
        return competitors.alerts(businessId);
    }
}
