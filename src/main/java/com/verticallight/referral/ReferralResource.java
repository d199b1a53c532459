package com.verticallight.referral;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.execution.Period;
import com.verticallight.execution.QueryParams;
import com.verticallight.identity.Permission;
import com.verticallight.platform.json.StrictStrings;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.referral.ReferralViews.ImportRequest;
import com.verticallight.referral.ReferralViews.ImportResult;
import com.verticallight.referral.ReferralViews.SaleRequest;
import com.verticallight.referral.ReferralViews.SaleView;
import com.verticallight.referral.ReferralViews.SettingsRequest;
import com.verticallight.referral.ReferralViews.SettingsView;
import com.verticallight.referral.ReferralViews.StatsView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Sales and referrals", description = "Sales, the review request after each sale, referral codes and what they bring")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferralResource {

    static final String CSV = "text/csv";

    private final SaleService sales;
    private final ReferralSettings settings;
    private final ReferralStats stats;
    private final ObjectMapper json;
    private final Validator validator;

    public ReferralResource(SaleService sales, ReferralSettings settings, ReferralStats stats, ObjectMapper json,
            Validator validator) {
        this.sales = sales;
        this.settings = settings;
        this.stats = stats;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Path("/businesses/{businessId}/sales")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Record a completed sale: schedules the thank-you with the review link, attributes a referral code")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SaleView.class)))
    @APIResponse(responseCode = "200", description = "This externalId was recorded before; nothing new was stored", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SaleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, an unknown contact or referral code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> recordSale(@PathParam("businessId") UUID businessId, @Valid @NotNull SaleRequest request) {
        return sales.create(businessId, request).map(sale -> Response.status(sale.alreadyRecorded() ? 200 : 201)
                .entity(sale).build());
    }

    @POST
    @Path("/businesses/{businessId}/sales/import")
    @Consumes({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Import sales as JSON or CSV; each has an externalId, so importing again adds nothing twice")
    @RequestBody(content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportRequest.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "Header line: "
                    + "externalId,phone,name,amountMinor,currency,occurredAt,referralCode,contactId,marketingConsent")) })
    @APIResponse(responseCode = "200", description = "Imported", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "A bad row (named as sales[i].field); nothing was imported", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ImportResult> importSales(@PathParam("businessId") UUID businessId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        List<SaleRequest> rows = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CSV)
                ? SalesCsv.parse(StrictStrings.requireNoControlCharacters("body", body)) : fromJson(body);
        var violations = validator.validate(new ImportRequest(rows));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return sales.importAll(businessId, rows);
    }

    private List<SaleRequest> fromJson(String body) {
        ImportRequest request;
        try {
            request = body == null || body.isBlank() ? null : json.readValue(body, ImportRequest.class);
        } catch (Exception e) {
            throw ProblemException.invalid("body", Text.of("referral.salesBodyShape"));
        }
        if (request == null || request.sales() == null) {
            throw ProblemException.invalid("sales", Text.of("field.notNull"));
        }
        return request.sales();
    }

    @GET
    @Path("/businesses/{businessId}/referral-settings")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's Google place id, review request delay, referral trigger and review sync")
    @APIResponse(responseCode = "200", description = "The settings (defaults when never saved)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    public Uni<SettingsView> settings(@PathParam("businessId") UUID businessId) {
        return settings.view(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/referral-settings")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Save the review and referral settings; the review sync is rescheduled with them")
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SettingsView> saveSettings(@PathParam("businessId") UUID businessId,
            @Valid @NotNull SettingsRequest request) {
        return settings.save(businessId, request);
    }

    @GET
    @Path("/businesses/{businessId}/referrals/stats")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Codes sent, sales using codes, referred revenue and conversion for a day, week or month")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid period or date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<StatsView> stats(@PathParam("businessId") UUID businessId, @QueryParam("period") String period,
            @QueryParam("date") String date) {
        return stats.forPeriod(businessId, period(period), QueryParams.date("date", date));
    }

    private static Period period(String value) {
        if (value == null || value.isBlank()) {
            return Period.MONTH;
        }
        try {
            return Period.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidKeyed("period", "error.oneOf",
                    java.util.Map.of("values", Arrays.toString(Period.values())));
        }
    }
}
