package com.verticallight.workflow;

import com.verticallight.identity.Permission;
import com.verticallight.platform.problem.Problem;
import com.verticallight.workflow.ExpressionTryout.ExpressionKind;
import com.verticallight.workflow.ExpressionTryout.Result;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workflow-expressions")
@Tag(name = "Workflows", description = "User-defined workflows: drafts, published versions, runs")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WorkflowExpressionResource {

    private final ExpressionTryout tryout;

    public WorkflowExpressionResource(ExpressionTryout tryout) {
        this.tryout = tryout;
    }

    @Schema(name = "WorkflowExpressionVariables", description = "What the expression may read; now is the service's time")
    public record ExpressionVariables(Map<@Size(max = 100) String, Object> trigger,
            @Schema(description = "Earlier steps by id: {\"<id>\": {\"output\": …}}") Map<@Size(max = 100) String, Object> steps,
            Map<@Size(max = 100) String, Object> business, Map<@Size(max = 100) String, Object> vars) {
    }

    @Schema(name = "WorkflowExpressionRequest", description = "{\"expression\":\"trigger.source == 'FORM'\",\"kind\":\"bool\","
            + "\"variables\":{\"trigger\":{\"source\":\"FORM\"}}}; kind template renders a text with {{expressions}}")
    public record EvaluateRequest(@NotBlank @Size(max = 4000) String expression,
            @Schema(description = "bool, string, map, any (default) or template") ExpressionKind kind,
            @Valid ExpressionVariables variables) {
    }

    @Schema(name = "WorkflowExpressionResult", description = "valid and value, or the CEL error and its stage "
            + "(check: it does not parse or type-check; evaluate: it failed on these variables)")
    public record EvaluateView(boolean valid, Object value, String error, String stage) {
    }

    @POST
    @Path("/evaluate")
    @RolesAllowed(Permission.BUSINESS_READ)
    @Operation(summary = "Evaluate a workflow expression on given variables, as the engine would",
            description = "The same CEL evaluator and bounds as a running workflow (4,000 characters, 1,000 iterations); "
                    + "variables at most 64 KiB of JSON. A bad expression is a 200 with valid false and CEL's error.")
    @APIResponse(responseCode = "200", description = "The value, or the error", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluateView.class)))
    @APIResponse(responseCode = "400", description = "No expression, an unknown kind, or variables too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<EvaluateView> evaluate(@Valid @NotNull EvaluateRequest request) {
        ExpressionVariables v = request.variables() == null ? new ExpressionVariables(null, null, null, null)
                : request.variables();
        return Uni.createFrom().item(() -> {
            Result r = tryout.evaluate(request.expression(), request.kind(), v.trigger(), v.steps(), v.business(),
                    v.vars());
            return new EvaluateView(r.valid(), r.value(), r.error(), r.stage());
        });
    }
}
