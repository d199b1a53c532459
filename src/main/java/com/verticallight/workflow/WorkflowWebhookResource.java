package com.verticallight.workflow;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.Problem;
import com.verticallight.workflow.WorkflowViews.WebhookAnswer;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.util.Map;

@Path("/public/workflows/{workflowId}/webhook")
@PermitAll
@Tag(name = "Workflow webhooks", description = "Start a webhook workflow from another system, signed with its secret")
public class WorkflowWebhookResource {

    private final WebhookCalls calls;

    public WorkflowWebhookResource(WebhookCalls calls) {
        this.calls = calls;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start the workflow with the JSON body as trigger",
            description = "Signed with X-Vlos-Signature: sha256=<hex HMAC-SHA256 of the raw body with the workflow's "
                    + "secret>, or X-Vlos-Token: <secret>. 202 with the execution id; in sync mode 200 with the output "
                    + "when it ends within the workflow's timeoutMs, else 202.")
    @APIResponse(responseCode = "200", description = "Sync mode: ended within the timeout", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookAnswer.class)))
    @APIResponse(responseCode = "202", description = "Started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookAnswer.class)))
    @APIResponse(responseCode = "400", description = "The body is not a JSON object, or misses the input schema", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Signature or token missing or wrong (checked before the body is read)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No workflow with a webhook at this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Paused, or no longer a webhook workflow", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many calls this hour (Retry-After), or the plan's executions per day are used up", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> call(@PathParam("workflowId") UUID workflowId,
            @HeaderParam("X-Vlos-Signature") String signature, @HeaderParam("X-Vlos-Token") String token,
            byte[] body) {
        return calls.call(workflowId, signature, token, body == null ? new byte[0] : body)
                .map(answer -> Response.status(answer.finished() ? 200 : 202).type(MediaType.APPLICATION_JSON)
                        .entity(answer.body()).build())
                .onFailure(WebhookCalls.TooManyCalls.class).recoverWithItem(e -> {
                    long wait = ((WebhookCalls.TooManyCalls) e).retryAfterSeconds;
                    return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", wait)
                            .entity(Problem.of(429, "Too Many Requests", Text.of("workflow.webhookCallsPerHour",
                                    Map.of("seconds", wait))))
                            .build();
                });
    }
}
