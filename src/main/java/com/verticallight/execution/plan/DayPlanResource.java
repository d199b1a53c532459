package com.verticallight.execution.plan;

import com.verticallight.execution.QueryParams;
import com.verticallight.execution.plan.DayPlanViews.DaySettingsRequest;
import com.verticallight.execution.plan.DayPlanViews.DaySettingsView;
import com.verticallight.execution.plan.DayPlanViews.PlanView;
import com.verticallight.execution.plan.DayPlanViews.RunQueued;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
@Tag(name = "Daily plan", description = "The business's day: when it runs, what it does, and how each task went")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DayPlanResource {

    private final DayPlanService days;

    public DayPlanResource(DayPlanService days) {
        this.days = days;
    }

    @GET
    @Path("/businesses/{businessId}/daily-plan/settings")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "When the business's day runs, in plain words, and when it runs next")
    @APIResponse(responseCode = "200", description = "The settings", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DaySettingsView.class)))
    public Uni<DaySettingsView> settings(@PathParam("businessId") UUID businessId) {
        return days.settings(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/daily-plan/settings")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Choose when the day runs (\"9 am\"), pause it, or give photos for Instagram posts")
    @APIResponse(responseCode = "200", description = "Saved; the next run moved accordingly", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DaySettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a runAt that is not a time of day", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<DaySettingsView> saveSettings(@PathParam("businessId") UUID businessId,
            @Valid @NotNull DaySettingsRequest request) {
        return days.saveSettings(businessId, request);
    }

    @GET
    @Path("/businesses/{businessId}/daily-plan")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "A day's plan (today by default) with each task's live status")
    @APIResponse(responseCode = "200", description = "The plan; NOT_STARTED before the day's run", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PlanView> plan(@PathParam("businessId") UUID businessId,
            @Parameter(description = "Local date, YYYY-MM-DD; today in the business's time zone by default")
            @QueryParam("date") String date) {
        return days.plan(businessId, QueryParams.date("date", date));
    }

    @GET
    @Path("/businesses/{businessId}/daily-plans")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The plans of a date range (the last 14 days by default), newest first, without tasks")
    @APIResponse(responseCode = "200", description = "The plans", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid dates or a range over 92 days", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<PlanView>> history(@PathParam("businessId") UUID businessId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return days.history(businessId, QueryParams.date("from", from), QueryParams.date("to", to));
    }

    @POST
    @Path("/businesses/{businessId}/daily-plan/run")
    @RolesAllowed(Permission.AUTOMATION_RUN)
    @Operation(summary = "Run today's plan now: new tasks, and failed or blocked ones again (e.g. after reconnecting)")
    @APIResponse(responseCode = "202", description = "Queued; follow it with GET daily-plan", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunQueued.class)))
    @APIResponse(responseCode = "400", description = "Bad request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> runNow(@PathParam("businessId") UUID businessId) {
        return days.runNow(businessId).map(queued -> Response.accepted(queued).build());
    }
}
