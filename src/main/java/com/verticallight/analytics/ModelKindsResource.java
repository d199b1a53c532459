package com.verticallight.analytics;

import com.verticallight.analytics.model.ModelKind;
import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kinds of model a tenant can create, with the algorithm and the targets each accepts (the web app's choices). */
@Path("/api/v1/analytics/kinds")
@Tag(name = "Analytics", description = "Model registry, forecasts, churn, anomalies, predictions")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ModelKindsResource {

    @Schema(name = "ModelKindChoice")
    public record KindView(ModelKind kind, String algorithm, List<String> targets) {
    }

    @GET
    @RolesAllowed(Permission.ANALYTICS_READ)
    @Operation(summary = "The model kinds offered, each with its algorithm and the targets POST /models accepts for it")
    @APIResponse(responseCode = "200", description = "Kinds", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KindView.class, type = SchemaType.ARRAY)))
    public Uni<List<KindView>> kinds() {
        return Uni.createFrom().item(() -> Arrays.stream(ModelKind.values())
                .map(k -> new KindView(k, k.algorithm(), k.targets())).toList());
    }
}
