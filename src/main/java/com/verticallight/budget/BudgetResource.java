package com.verticallight.budget;

import com.verticallight.budget.BudgetViews.CurvesRequest;
import com.verticallight.budget.BudgetViews.CurvesView;
import com.verticallight.budget.BudgetViews.GoalView;
import com.verticallight.budget.BudgetViews.GoalsRequest;
import com.verticallight.budget.BudgetViews.PlanView;
import com.verticallight.budget.BudgetViews.PrioritiseRequest;
import com.verticallight.budget.BudgetViews.PrioritisedView;
import com.verticallight.budget.BudgetViews.ResultsRequest;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Budget", description = "Where the monthly budget goes, by expected return, and which tasks are worth the time")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class BudgetResource {

    private final BudgetService budgets;
    private final PrioritiseService prioritiser;

    public BudgetResource(BudgetService budgets, PrioritiseService prioritiser) {
        this.budgets = budgets;
        this.prioritiser = prioritiser;
    }

    @GET
    @Path("/businesses/{businessId}/budget/plan")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The monthly budget split across activities by expected return, with free actions")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "No curves for the budget's currency: the detail says how to set them with PUT .../budget/curves", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PlanView> plan(@PathParam("businessId") UUID businessId) {
        return budgets.plan(businessId);
    }

    @GET
    @Path("/businesses/{businessId}/budget/goals")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The business's goals (LEADS with weight 1 until set)")
    @APIResponse(responseCode = "200", description = "The goals", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class, type = SchemaType.ARRAY)))
    public Uni<List<GoalView>> goals(@PathParam("businessId") UUID businessId) {
        return budgets.goals(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/budget/goals")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Replace the business's goals: what it wants more of, targets and relative worth")
    @APIResponse(responseCode = "200", description = "The goals now in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<GoalView>> saveGoals(@PathParam("businessId") UUID businessId, @Valid @NotNull GoalsRequest request) {
        return budgets.saveGoals(businessId, request);
    }

    @POST
    @Path("/businesses/{businessId}/budget/results")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Record a month's spend and results per activity; the business's curves are refitted")
    @APIResponse(responseCode = "200", description = "The curves now in use", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurvesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a month in the future", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CurvesView> recordResults(@PathParam("businessId") UUID businessId,
            @Valid @NotNull ResultsRequest request) {
        return budgets.recordResults(businessId, request);
    }

    @GET
    @Path("/businesses/{businessId}/budget/curves")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The response curves and activity bounds the plan uses: DEFAULT, BUSINESS (set by it), or fitted to its results")
    @APIResponse(responseCode = "200", description = "The curves", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurvesView.class)))
    @APIResponse(responseCode = "409", description = "No curves for the budget's currency: the detail says how to set them", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CurvesView> curves(@PathParam("businessId") UUID businessId) {
        return budgets.curves(businessId);
    }

    @PUT
    @Path("/businesses/{businessId}/budget/curves")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Set the business's own curves and activity bounds, in its budget's currency, instead of the defaults")
    @APIResponse(responseCode = "200", description = "The curves now in use", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CurvesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. curves[2].b not positive", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An empty list with no defaults for the budget's currency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<CurvesView> replaceCurves(@PathParam("businessId") UUID businessId, @Valid @NotNull CurvesRequest request) {
        return budgets.replaceCurves(businessId, request);
    }

    @DELETE
    @Path("/businesses/{businessId}/budget/curves")
    @RolesAllowed(Permission.BUSINESS_WRITE)
    @Operation(summary = "Remove the business's own curves: the plan returns to the category defaults")
    @APIResponse(responseCode = "204", description = "Removed (or there were none)")
    public Uni<Void> clearCurves(@PathParam("businessId") UUID businessId) {
        return budgets.clearCurves(businessId);
    }

    @POST
    @Path("/businesses/{businessId}/budget/prioritise")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Choose the tasks with the most impact that fit the money and the owner's minutes")
    @APIResponse(responseCode = "200", description = "The best set of tasks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrioritisedView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<PrioritisedView> prioritise(@PathParam("businessId") UUID businessId,
            @Valid @NotNull PrioritiseRequest request) {
        return prioritiser.prioritise(businessId, request);
    }
}
