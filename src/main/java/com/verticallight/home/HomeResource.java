package com.verticallight.home;

import com.verticallight.execution.QueryParams;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/home")
@Tag(name = "Home", description = "What the web app's first screen shows, in one call")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class HomeResource {

    private final HomeService home;
    private final SecurityIdentity identity;

    public HomeResource(HomeService home, SecurityIdentity identity) {
        this.home = home;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "The businesses, today's plan of one of them, this week's metrics and the last 7 days")
    @APIResponse(responseCode = "200", description = "Home; businessId null and plan null before onboarding", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HomeView.class)))
    @APIResponse(responseCode = "400", description = "businessId is not a UUID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such business", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<HomeView> get(@Parameter(description = "The business to show (UUID); the first one when absent")
            @QueryParam("businessId") String businessId) {
        return home.home(QueryParams.uuid("businessId", businessId), identity.hasRole(Permission.ANALYTICS_READ));
    }
}
