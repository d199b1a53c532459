package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Responses;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/** WhatsApp Cloud API: text, approved templates and media to one recipient, from one business phone number. */
public class WhatsAppConnector implements Connector {

    private final GraphApi graph;

    public WhatsAppConnector(String baseUrl, String version) {
        this.graph = new GraphApi(baseUrl, version);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WHATSAPP;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> sendRequest(action, connection))
                .map(WhatsAppConnector::result);
    }

    PlatformRequest sendRequest(OutboundAction action, ConnectionDetails connection) {
        ObjectNode message = WhatsAppMessages.build(action);
        return graph.post(connection.credential("accessToken"), message, connection.id("phoneNumberId"), "messages");
    }

    private static ActionResult result(PlatformResponse response) {
        JsonNode body = Json.read(response.body());
        return new ActionResult(Json.text(body, "/messages/0/id"), Json.text(body, "/messages/0/message_status"),
                null);
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return graph.get(connection.credential("accessToken"), null, connection.id("phoneNumberId"));
    }

    @Override
    public PlatformFailure classify(PlatformResponse response) {
        return MetaErrors.classify("WhatsApp", response);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        String[] path = GraphApi.pathAfterVersion(request);
        ObjectNode body = Json.object();
        if ("GET".equals(request.method())) {
            body.put("verified_name", "Sandbox Business").put("display_phone_number", "+91 00000 00000")
                    .put("quality_rating", "GREEN").put("id", path[0]);
        } else {
            String to = Json.text(Json.read(request.body()), "/to");
            body.put("messaging_product", "whatsapp");
            body.putArray("contacts").addObject().put("input", to).put("wa_id", to);
            body.putArray("messages").addObject().put("id", "wamid.sandbox-" + seed);
        }
        return new PlatformResponse(200, Map.of("content-type", "application/json"), Json.write(body));
    }
}
