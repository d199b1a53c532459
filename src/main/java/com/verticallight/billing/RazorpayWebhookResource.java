package com.verticallight.billing;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.webhook.InboundEvent;
import com.verticallight.channel.webhook.WebhookInbox;
import com.verticallight.platform.crypto.Tokens;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
 * The webhook of the product's own Razorpay account: subscription and payment events. Verified by
 * X-Razorpay-Signature (hex HMAC-SHA256 of the raw body with the webhook secret, compared in constant time), stored
 * once by x-razorpay-event-id and processed through the outbox ({@link BillingEvents}).
 */
@Path("/webhooks/razorpay")
@PermitAll
@Tag(name = "Webhooks", description = "Inbound events from platforms, verified by signature")
public class RazorpayWebhookResource {

    @Inject
    BillingConfig config;

    @Inject
    WebhookInbox inbox;

    @Inject
    Pool pool;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive the product's Razorpay subscription events (X-Razorpay-Signature required)")
    @APIResponse(responseCode = "200", description = "Stored; a repeated event id is ignored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"received", "new"}, properties = {
                    @SchemaProperty(name = "received", type = SchemaType.BOOLEAN, example = "true"),
                    @SchemaProperty(name = "new", type = SchemaType.INTEGER, format = "int32", example = "1") })))
    @APIResponse(responseCode = "400", description = "Not a Razorpay event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receive(@HeaderParam("X-Razorpay-Signature") String signature,
            @HeaderParam("X-Razorpay-Event-Id") String eventId, byte[] body) {
        if (!RazorpaySignature.valid(config.razorpay().webhookSecret().orElse(null), body, signature)) {
            throw ProblemException.unauthorized(Text.of("field.razorpaySignatureWrong"));
        }
        JsonNode event = RazorpaySignature.event(body);
        String id = eventId != null && !eventId.isBlank() ? eventId.trim() : "body-" + Tokens.sha256(
                new String(body, StandardCharsets.UTF_8));
        if (id.length() > 200) {
            throw ProblemException.invalid("X-Razorpay-Event-Id", Text.of("field.atMost200Characters"));
        }
        return tenantOf(event).chain(tenant -> inbox.accept(List.of(new InboundEvent(tenant, BillingEvents.SOURCE, id,
                        event.path("event").asText(), new String(body, StandardCharsets.UTF_8)))))
                .map(stored -> Response.ok("{\"received\":true,\"new\":" + stored + "}", MediaType.APPLICATION_JSON)
                        .build());
    }

    /** The account whose subscription (current or waiting for checkout) the event is about; null if none. */
    private Uni<UUID> tenantOf(JsonNode event) {
        String subscription = BillingEvents.subscriptionId(event);
        if (subscription == null) {
            return Uni.createFrom().nullItem();
        }
        return pool.preparedQuery("""
                select tenant_id from billing_account where subscription_id = $1 or pending_subscription_id = $1""")
                .execute(Tuple.of(subscription))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("tenant_id"));
    }
}
