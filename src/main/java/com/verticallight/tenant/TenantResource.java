package com.verticallight.tenant;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.tenant.TenantViews.PlanUsage;
import com.verticallight.tenant.TenantViews.PlanView;
import com.verticallight.tenant.TenantViews.TenantUpdate;
import com.verticallight.tenant.TenantViews.TenantView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tenant", description = "The account, its plan and usage")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TenantResource {

    private final TenantService tenants;

    public TenantResource(TenantService tenants) {
        this.tenants = tenants;
    }

    @GET
    @Path("/tenant")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The caller's tenant")
    @APIResponse(responseCode = "200", description = "The tenant", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenantView.class)))
    public Uni<TenantView> get() {
        return tenants.current();
    }

    @PATCH
    @Path("/tenant")
    @RolesAllowed(Permission.TENANT_WRITE)
    @Operation(summary = "Change the tenant's name, locale, currency or time zone")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<TenantView> update(@Valid @NotNull TenantUpdate update) {
        return tenants.update(update);
    }

    @GET
    @Path("/tenant/usage")
    @RolesAllowed(Permission.TENANT_READ)
    @Operation(summary = "The tenant's plan, its limits and current usage")
    @APIResponse(responseCode = "200", description = "Plan and usage", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanUsage.class)))
    public Uni<PlanUsage> usage() {
        return tenants.usage();
    }

    @GET
    @Path("/plans")
    @Authenticated
    @Operation(summary = "All plans with their prices and limits")
    @APIResponse(responseCode = "200", description = "Plans", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PlanView.class)))
    public Uni<List<PlanView>> plans() {
        return tenants.plans();
    }
}
