package com.verticallight.tier;

import com.verticallight.i18n.Text;
import com.verticallight.execution.Period;
import com.verticallight.execution.QueryParams;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.portfolio.PortfolioView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
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
@Tag(name = "Tiers", description = "What each tier includes; the portfolio, reports and CRM export that differ by tier")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed, or not in the account's tier (the problem names the tier)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TierResource {

    private final TierSelector selector;
    private final TierCatalogue catalogue;
    private final CrmExportService crmExports;

    public TierResource(TierSelector selector, TierCatalogue catalogue, CrmExportService crmExports) {
        this.selector = selector;
        this.catalogue = catalogue;
        this.crmExports = crmExports;
    }

    @GET
    @Path("/tiers")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "Each tier's features and the limits of its plans")
    @APIResponse(responseCode = "200", description = "The tiers", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TierCatalogue.TierView.class, type = SchemaType.ARRAY)))
    public Uni<List<TierCatalogue.TierView>> tiers() {
        return catalogue.tiers();
    }

    @GET
    @Path("/portfolio")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Every outlet side by side: automation %, hours saved, reviews, daily plan success (ENTERPRISE)")
    @APIResponse(responseCode = "200", description = "The outlets and totals", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioView.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PortfolioView> portfolio(
            @Parameter(description = "DAY, WEEK or MONTH") @QueryParam("period") @DefaultValue("MONTH") String period,
            @Parameter(description = "A day in the period, YYYY-MM-DD; today in each outlet's time zone when absent") @QueryParam("date") String date) {
        Period parsedPeriod = period(period);
        LocalDate parsedDate = QueryParams.date("date", date);
        return selector.current().chain(services -> services.portfolio(parsedPeriod, parsedDate));
    }

    @GET
    @Path("/businesses/{businessId}/analysis-report")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "This month's analysis of a business: short on LOCAL, comprehensive on ENTERPRISE")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisReport.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AnalysisReport> analysisReport(@PathParam("businessId") UUID businessId) {
        return selector.current().chain(services -> services.analysisReport(businessId));
    }

    @POST
    @Path("/crm-export")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Start sending every contact and lead to your CRM in signed batches over a WEBHOOK connection (ENTERPRISE)")
    @APIResponse(responseCode = "202", description = "The export is on the job table; follow it at statusUrl", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrmExport.Accepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a connection that is not a WEBHOOK", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> crmExport(@Valid @NotNull CrmExport.Request request) {
        return selector.current().chain(services -> services.exportContacts(request))
                .map(accepted -> Response.status(202).entity(accepted).build());
    }

    @GET
    @Path("/crm-exports/{exportId}")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "How a CRM export is going: batches sent and failed, attempts, the last error")
    @APIResponse(responseCode = "200", description = "The export and each batch", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CrmExport.Status.class)))
    @APIResponse(responseCode = "404", description = "No such export", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CrmExport.Status> crmExportStatus(@PathParam("exportId") UUID exportId) {
        return crmExports.status(exportId);
    }

    private static Period period(String value) {
        try {
            return Period.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", Text.of("tier.oneDAYWEEKMONTH"));
        }
    }
}
