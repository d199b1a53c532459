package com.verticallight.lead;

import com.verticallight.i18n.Text;
import com.verticallight.identity.Permission;
import com.verticallight.lead.LeadViews.FollowUpsRequest;
import com.verticallight.lead.LeadViews.FollowUpsView;
import com.verticallight.lead.LeadViews.LeadDetail;
import com.verticallight.lead.LeadViews.LeadRequest;
import com.verticallight.lead.LeadViews.LeadSummary;
import com.verticallight.lead.LeadViews.RulesRequest;
import com.verticallight.lead.LeadViews.RulesView;
import com.verticallight.lead.LeadViews.StatusChange;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import java.util.Map;

@Path("/api/v1")
@Tag(name = "Leads", description = "Leads: classified, answered within seconds, followed up until the contact replies")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business or lead", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LeadResource {

    private final LeadService leads;
    private final LeadSettingsService settings;

    public LeadResource(LeadService leads, LeadSettingsService settings) {
        this.leads = leads;
        this.settings = settings;
    }

    @POST
    @Path("/businesses/{businessId}/leads")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Add a lead: the contact is found or created, the lead classified, answered at once and followed up")
    @APIResponse(responseCode = "201", description = "The lead, with the first reply's outcome in its history", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or neither phone nor email", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("businessId") UUID businessId, @Valid @NotNull LeadRequest request) {
        return leads.create(businessId, request).map(lead -> Response.status(201)
                .header("Location", "/api/v1/leads/" + lead.id()).entity(lead).build());
    }

    @GET
    @Path("/businesses/{businessId}/leads")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's leads, newest first, optionally of one status and priority")
    @APIResponse(responseCode = "200", description = "The leads", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = LeadSummary.class)))
    @APIResponse(responseCode = "400", description = "Unknown status or priority, or limit out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<LeadSummary>> list(@PathParam("businessId") UUID businessId,
            @Parameter(description = "NEW, CONTACTED, ENGAGED, QUALIFIED, CONVERTED or LOST") @QueryParam("status") String status,
            @Parameter(description = "HIGH, MEDIUM or LOW") @QueryParam("priority") String priority,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return leads.list(businessId, parse("status", status, LeadStatus.class),
                parse("priority", priority, LeadPriority.class), limit);
    }

    @GET
    @Path("/leads/{leadId}")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "A lead with the rules that matched, its history and its pending follow-ups")
    @APIResponse(responseCode = "200", description = "The lead", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadDetail.class)))
    public Uni<LeadDetail> get(@PathParam("leadId") UUID leadId) {
        return leads.get(leadId);
    }

    @PUT
    @Path("/leads/{leadId}/status")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Move a lead (e.g. to QUALIFIED, CONVERTED or LOST); leaving CONTACTED ends its follow-ups")
    @APIResponse(responseCode = "200", description = "The lead", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid status (a lead never goes back to NEW)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<LeadDetail> changeStatus(@PathParam("leadId") UUID leadId, @Valid @NotNull StatusChange change) {
        return leads.changeStatus(leadId, change);
    }

    @GET
    @Path("/businesses/{businessId}/lead-rules")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The rules that classify and prioritise the business's leads (the defaults until edited)")
    @APIResponse(responseCode = "200", description = "The rules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
    public Uni<RulesView> rules(@PathParam("businessId") UUID businessId) {
        return settings.rules(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/lead-rules")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace the business's lead rules; new leads are classified by them")
    @APIResponse(responseCode = "200", description = "The rules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid rules", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RulesView> replaceRules(@PathParam("businessId") UUID businessId, @Valid @NotNull RulesRequest request) {
        return settings.replaceRules(businessId, request.rules());
    }

    @GET
    @Path("/businesses/{businessId}/lead-follow-ups")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The follow-up sequence of new leads (the default +24h and +72h until edited)")
    @APIResponse(responseCode = "200", description = "The sequence", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpsView.class)))
    public Uni<FollowUpsView> followUps(@PathParam("businessId") UUID businessId) {
        return settings.followUps(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/lead-follow-ups")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace the follow-up sequence; leads that arrive from now on follow it")
    @APIResponse(responseCode = "200", description = "The sequence", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid steps", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<FollowUpsView> replaceFollowUps(@PathParam("businessId") UUID businessId,
            @Valid @NotNull FollowUpsRequest request) {
        return settings.replaceFollowUps(businessId, request.steps());
    }

    private static <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, Text.of("error.oneOf", java.util.Map.of("values", List.of(type.getEnumConstants()).toString())));
        }
    }
}
