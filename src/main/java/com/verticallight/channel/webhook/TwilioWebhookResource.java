package com.verticallight.channel.webhook;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionDirectory;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.twilio.TwilioSignature;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Twilio's inbound SMS and status callbacks for one SMS connection. Each request is verified with
 * X-Twilio-Signature (HMAC-SHA1 of the full URL and the sorted form fields, keyed by the connection's auth token).
 */
@Path("/webhooks/twilio/{connectionId}")
@PermitAll
@Tag(name = "Webhooks", description = "Inbound events from platforms, verified by signature")
public class TwilioWebhookResource {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final ConnectionDirectory directory;
    private final ConnectionService connections;
    private final CurrentTenant currentTenant;
    private final WebhookInbox inbox;
    private final WebhookConfig config;

    public TwilioWebhookResource(ConnectionDirectory directory, ConnectionService connections,
            CurrentTenant currentTenant, WebhookInbox inbox, WebhookConfig config) {
        this.directory = directory;
        this.connections = connections;
        this.currentTenant = currentTenant;
        this.inbox = inbox;
        this.config = config;
    }

    @POST
    @Path("/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Receive an inbound SMS (Twilio signature required)")
    @APIResponse(responseCode = "200", description = "Stored (empty TwiML)", content = @Content(mediaType = MediaType.APPLICATION_XML,
            schema = @Schema(type = SchemaType.STRING, example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>")))
    @APIResponse(responseCode = "400", description = "Not a Twilio form body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> message(@PathParam("connectionId") UUID connectionId,
            @HeaderParam("X-Twilio-Signature") String signature, String form, @Context UriInfo uri) {
        return receive(connectionId, signature, form, uri, "message", "MessageSid");
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Receive a delivery status callback (Twilio signature required)")
    @APIResponse(responseCode = "200", description = "Stored (empty TwiML)", content = @Content(mediaType = MediaType.APPLICATION_XML,
            schema = @Schema(type = SchemaType.STRING, example = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>")))
    @APIResponse(responseCode = "400", description = "Not a Twilio form body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong signature; nothing stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<String> status(@PathParam("connectionId") UUID connectionId,
            @HeaderParam("X-Twilio-Signature") String signature, String form, @Context UriInfo uri) {
        return receive(connectionId, signature, form, uri, "status", "MessageSid");
    }

    /**
     * The connection is looked up first (unknown: 401 without reading the body), then the form is decoded by
     * {@link TwilioForm} (malformed: 400), then the signature is checked (401) before anything is stored.
     */
    private Uni<String> receive(UUID connectionId, String signature, String form, UriInfo uri,
            String type, String idField) {
        return directory.byConnectionId(connectionId, ChannelKind.SMS_TWILIO)
                .onItem().ifNull().failWith(WebhookFailures::unsigned)
                .chain(owner -> currentTenant.runAs(owner.tenantId(), () -> connections.resolve(List.of(connectionId)))
                        .map(found -> found.get(connectionId))
                        .chain(connection -> {
                            Map<String, String> params = TwilioForm.parse(form);
                            requireSigned(connection, signature, uri, params);
                            return inbox.accept(List.of(new InboundEvent(owner.tenantId(), "TWILIO",
                                    externalId(params, idField, type), type, payload(connectionId, params))));
                        }))
                .replaceWith(EMPTY_TWIML);
    }

    private void requireSigned(ResolvedConnection connection, String signature, UriInfo uri, Map<String, String> params) {
        String url = config.publicBaseUrl().map(base -> base.replaceAll("/$", "") + uri.getRequestUri().getRawPath()
                + (uri.getRequestUri().getRawQuery() == null ? "" : "?" + uri.getRequestUri().getRawQuery()))
                .orElse(uri.getRequestUri().toString());
        String authToken = connection.details().credentials().get("authToken");
        if (signature == null || authToken == null || !TwilioSignature.verify(authToken, url, params, signature)) {
            throw WebhookFailures.unsigned();
        }
    }

    private static String externalId(Map<String, String> params, String idField, String type) {
        String id = params.get(idField);
        if (id == null || id.isBlank()) {
            throw ProblemException.invalid(idField, Text.of("field.required"));
        }
        return "status".equals(type) ? id + ":" + params.getOrDefault("MessageStatus", "") : id;
    }

    private static String payload(UUID connectionId, Map<String, String> params) {
        Map<String, String> all = new TreeMap<>(params);
        all.put("connectionId", connectionId.toString());
        return JsonText.write(all);
    }
}
