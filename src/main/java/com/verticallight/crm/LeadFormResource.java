package com.verticallight.crm;

import com.verticallight.platform.problem.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public lead form of a business: no login, the key in the URL names the business. Browsers may call
 * it from the business's own website (CORS for the origin of the business's website); rate limited per form.
 */
@Path("/public/lead-forms/{formKey}")
@PermitAll
@Tag(name = "Public lead forms", description = "Lead capture from a business's website")
public class LeadFormResource {

    private final LeadFormService forms;

    public LeadFormResource(LeadFormService forms) {
        this.forms = forms;
    }

    @POST
    @Operation(summary = "Submit a lead (name and a phone or an email)")
    @APIResponse(responseCode = "202", description = "Received", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "received", properties = @SchemaProperty(name = "received", type = SchemaType.BOOLEAN, example = "true"))))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many submissions this hour", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> submit(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull LeadSubmission lead) {
        String submissionId = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : formKey + ":" + idempotencyKey.trim();
        return forms.submit(formKey, lead, submissionId).map(accepted -> cors(
                Response.accepted("{\"received\":true}").type("application/json"), origin, accepted.allowedOrigin())
                .build());
    }

    @OPTIONS
    @Operation(summary = "CORS preflight for the business's website")
    @APIResponse(responseCode = "204", description = "Allowed methods and headers")
    @APIResponse(responseCode = "404", description = "No such form", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> preflight(@PathParam("formKey") String formKey, @HeaderParam("Origin") String origin) {
        return forms.owner(formKey).map(owner -> cors(Response.noContent()
                .header("Access-Control-Allow-Methods", "POST, OPTIONS")
                .header("Access-Control-Allow-Headers", "Content-Type, Idempotency-Key")
                .header("Access-Control-Max-Age", "86400"), origin, LeadFormService.origin(owner.website())).build());
    }

    private static Response.ResponseBuilder cors(Response.ResponseBuilder response, String origin, String allowed) {
        if (origin != null && origin.equalsIgnoreCase(allowed)) {
            response.header("Access-Control-Allow-Origin", allowed).header("Vary", "Origin");
        }
        return response;
    }
}
