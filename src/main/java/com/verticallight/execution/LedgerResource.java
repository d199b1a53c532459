package com.verticallight.execution;

import com.verticallight.business.Money;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
@Tag(name = "Automation ledger", description = "Every task done, automated or by a person: the source of the metrics")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class LedgerResource {

    private final LedgerService ledger;
    private final Baselines baselines;

    public LedgerResource(LedgerService ledger, Baselines baselines) {
        this.ledger = ledger;
        this.baselines = baselines;
    }

    @GET
    @Path("/ledger")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "List ledger entries, newest first, by business, end time and automated or not")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<LedgerEntry>> list(
            @Parameter(description = "Only this business (UUID)") @QueryParam("businessId") String businessId,
            @Parameter(description = "Entries that ended at or after this instant (ISO-8601)") @QueryParam("from") String from,
            @Parameter(description = "Entries that ended before this instant (ISO-8601)") @QueryParam("to") String to,
            @Parameter(description = "true: only automated; false: only done by a person") @QueryParam("automated") String automated,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return ledger.list(QueryParams.uuid("businessId", businessId), QueryParams.instant("from", from),
                QueryParams.instant("to", to), QueryParams.bool("automated", automated), limit);
    }

    @GET
    @Path("/ledger/baselines")
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "Minutes per task type and the hourly rate the metrics use, with where each comes from")
    @APIResponse(responseCode = "200", description = "The settings in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaselineSettings.class)))
    public Uni<BaselineSettings> baselines() {
        return baselines.settings();
    }

    @PUT
    @Path("/ledger/baselines/{taskType}")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Set the tenant's own minutes for a task type; entries recorded from now on carry it")
    @APIResponse(responseCode = "200", description = "The settings in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaselineSettings.class)))
    @APIResponse(responseCode = "400", description = "Invalid minutes", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task type", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BaselineSettings> setBaseline(@PathParam("taskType") String taskType,
            @Valid @NotNull BaselineSettings.BaselineUpdate update) {
        return baselines.setMinutes(taskType, update.minutes());
    }

    @PUT
    @Path("/ledger/hourly-rate")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Set what an hour of the tenant's time is worth (minor units and currency)")
    @APIResponse(responseCode = "200", description = "The settings in force", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaselineSettings.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount or currency", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<BaselineSettings> setHourlyRate(@Valid @NotNull Money rate) {
        return baselines.setHourlyRate(rate);
    }
}
