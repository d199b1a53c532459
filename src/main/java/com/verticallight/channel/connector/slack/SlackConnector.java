package com.verticallight.channel.connector.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Requests;
import com.verticallight.channel.connector.Responses;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * Slack incoming webhook: the hook URL is itself the credential ("webhookUrl"), so there is no base URL to
 * configure. Slack answers 200 "ok" or a status with an error word ("no_service", "invalid_payload"...).
 */
public class SlackConnector implements Connector {

    static final String TEST_TEXT = "Vertical Light OS connection test";

    public SlackConnector() {
        // the hook URL comes from each connection's credentials
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SLACK;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> notifyRequest(action, connection))
                .map(response -> new ActionResult(null, response.body().trim(), null));
    }

    private PlatformRequest notifyRequest(OutboundAction action, ConnectionDetails connection) {
        if (action.type() != OutboundAction.ActionType.NOTIFY) {
            throw Actions.unsupported(action.type(), kind());
        }
        return message(connection, Actions.require(action.text(), "text"));
    }

    private static PlatformRequest message(ConnectionDetails connection, String text) {
        ObjectNode body = Json.object().put("text", text);
        return PlatformRequest.toTenantUrl("POST", connection.credential("webhookUrl"),
                Map.of("Content-Type", Requests.JSON), Json.write(body));
    }

    /** Slack cannot read a hook back, so the test is a harmless message. */
    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return message(connection, TEST_TEXT);
    }

    @Override
    public PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        String error = response.body() == null || response.body().isBlank() ? null : response.body().trim();
        String message = "Slack answered HTTP " + response.status() + (error == null ? "" : ": " + error);
        if (response.status() == 404 || response.status() == 410) {
            return new PlatformFailure(Kind.AUTH_EXPIRED, error, message + " (the webhook was removed)", null);
        }
        return Responses.byStatus(response, error, message);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        return new PlatformResponse(200, Map.of("content-type", "text/html", "x-slack-req-id", "sandbox-" + seed),
                "ok");
    }
}
