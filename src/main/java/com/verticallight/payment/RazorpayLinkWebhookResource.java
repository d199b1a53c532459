package com.verticallight.payment;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.billing.RazorpaySignature;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionDirectory;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.webhook.InboundEvent;
import com.verticallight.channel.webhook.WebhookInbox;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The webhook a business sets up in its own Razorpay dashboard for payment links: one URL per Razorpay connection,
 * verified with that connection's webhook secret (hex HMAC-SHA256 of the raw body), stored once by event id and
 * processed through the outbox ({@link PaymentLinkEvents}).
 */
@Path("/webhooks/razorpay/connections/{connectionId}")
@PermitAll
@Tag(name = "Webhooks", description = "Inbound events from platforms, verified by signature")
public class RazorpayLinkWebhookResource {

    public static final String SOURCE = "razorpay-link";

    @Inject
    ConnectionDirectory directory;

    @Inject
    ConnectionService connections;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    WebhookInbox inbox;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a business's Razorpay payment link events (X-Razorpay-Signature required)")
    @APIResponse(responseCode = "200", description = "Stored; a repeated event id is ignored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"received", "new"}, properties = {
                    @SchemaProperty(name = "received", type = SchemaType.BOOLEAN, example = "true"),
                    @SchemaProperty(name = "new", type = SchemaType.INTEGER, format = "int32", example = "1") })))
    @APIResponse(responseCode = "400", description = "Not a Razorpay event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown connection, missing or wrong signature; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receive(@PathParam("connectionId") UUID connectionId,
            @HeaderParam("X-Razorpay-Signature") String signature, @HeaderParam("X-Razorpay-Event-Id") String eventId,
            byte[] body) {
        return directory.byConnectionId(connectionId, ChannelKind.RAZORPAY)
                .onItem().ifNull().failWith(RazorpayLinkWebhookResource::unsigned)
                .chain(owner -> currentTenant.runAs(owner.tenantId(), () -> connections.resolve(List.of(connectionId)))
                        .chain(found -> {
                            String secret = found.get(connectionId).details().credentials().get("webhookSecret");
                            if (!RazorpaySignature.valid(secret, body, signature)) {
                                throw unsigned();
                            }
                            JsonNode event = RazorpaySignature.event(body);
                            return inbox.accept(List.of(new InboundEvent(owner.tenantId(), SOURCE, id(eventId, body),
                                    event.path("event").asText(), new String(body, StandardCharsets.UTF_8))));
                        }))
                .map(stored -> Response.ok("{\"received\":true,\"new\":" + stored + "}", MediaType.APPLICATION_JSON)
                        .build());
    }

    private static String id(String eventId, byte[] body) {
        if (eventId == null || eventId.isBlank()) {
            return "body-" + Tokens.sha256(new String(body, StandardCharsets.UTF_8));
        }
        if (eventId.length() > 200) {
            throw ProblemException.invalid("X-Razorpay-Event-Id", Text.of("field.atMost200Characters"));
        }
        return eventId.trim();
    }

    /** The same answer for an unknown connection and a bad signature: nothing to learn by probing. */
    private static ProblemException unsigned() {
        return ProblemException.unauthorized(Text.of("field.razorpaySignatureWrong"));
    }
}
