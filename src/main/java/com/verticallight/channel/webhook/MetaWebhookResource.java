package com.verticallight.channel.webhook;

import com.verticallight.i18n.Text;
import com.verticallight.platform.crypto.Hmac;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The webhook Meta calls for WhatsApp Cloud API events (messages and delivery statuses) and Facebook lead ads. */
@Path("/webhooks/meta")
@PermitAll
@Tag(name = "Webhooks", description = "Inbound events from platforms, verified by signature")
public class MetaWebhookResource {

    private final WebhookConfig config;
    private final MetaEvents events;
    private final WebhookInbox inbox;

    public MetaWebhookResource(WebhookConfig config, MetaEvents events, WebhookInbox inbox) {
        this.config = config;
        this.events = events;
        this.inbox = inbox;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Meta's subscription handshake: echoes hub.challenge when hub.verify_token matches")
    @APIResponse(responseCode = "200", description = "The challenge", content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", description = "Wrong verify token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        boolean matches = "subscribe".equals(mode) && challenge != null
                && config.meta().verifyToken().map(expected -> Hmac.equalsConstantTime(expected, token)).orElse(false);
        if (!matches) {
            throw ProblemException.forbidden(Text.of("channel.verifyTokenDoesNotMatch"));
        }
        return challenge;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive WhatsApp messages and statuses, and Facebook lead ads (X-Hub-Signature-256 required)")
    @APIResponse(responseCode = "200", description = "Stored; repeated events are ignored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"received", "new"}, properties = {
                    @SchemaProperty(name = "received", type = SchemaType.BOOLEAN, example = "true"),
                    @SchemaProperty(name = "new", type = SchemaType.INTEGER, format = "int32", description = "How many events were new", example = "1") })))
    @APIResponse(responseCode = "400", description = "Not a Meta event body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receive(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        if (!signed(signature, body)) {
            throw ProblemException.unauthorized(Text.of("channel.xHubSignature256Signature"));
        }
        return events.parse(body).chain(inbox::accept)
                .map(stored -> Response.ok("{\"received\":true,\"new\":" + stored + "}", MediaType.APPLICATION_JSON).build());
    }

    private boolean signed(String header, byte[] body) {
        if (header == null || !header.startsWith("sha256=") || body == null) {
            return false;
        }
        return config.meta().appSecret()
                .map(secret -> Hmac.equalsConstantTime("sha256=" + Hmac.sha256Hex(secret, body), header))
                .orElse(false);
    }
}
