package com.verticallight.channel.connector.sendgrid;

import com.fasterxml.jackson.databind.JsonNode;
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

/** SendGrid v3 Mail Send: one email to one recipient; SendGrid answers 202 with the message id in a header. */
public class SendGridConnector implements Connector {

    private final String base;

    /** e.g. "https://api.sendgrid.com". */
    public SendGridConnector(String baseUrl) {
        this.base = Requests.trimSlash(baseUrl);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL_SENDGRID;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> mailRequest(action, connection))
                .map(response -> new ActionResult(response.header("X-Message-Id"), null, null));
    }

    private PlatformRequest mailRequest(OutboundAction action, ConnectionDetails connection) {
        if (action.type() != OutboundAction.ActionType.EMAIL) {
            throw Actions.unsupported(action.type(), kind());
        }
        ObjectNode mail = SendGridMail.build(action, connection.id("fromEmail"), connection.ids().get("fromName"));
        return Requests.bearer("POST", base + "/v3/mail/send", connection.credential("apiKey"), mail);
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return Requests.bearer("GET", base + "/v3/scopes", connection.credential("apiKey"), null);
    }

    /** SendGrid errors: {"errors":[{"message":"…","field":"…","help":null}]}. */
    @Override
    public PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        JsonNode error = Json.read(response.body()).path("errors").path(0);
        String field = Json.text(error, "/field");
        String message = "SendGrid answered HTTP " + response.status() + ": "
                + error.path("message").asText("no error details") + (field == null ? "" : " (" + field + ")");
        String code = String.valueOf(response.status());
        if (response.status() == 401 || response.status() == 403) {
            return new PlatformFailure(Kind.AUTH_EXPIRED, code, message, null);
        }
        return Responses.byStatus(response, code, message);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        if ("GET".equals(request.method())) {
            return new PlatformResponse(200, Map.of("content-type", "application/json"),
                    "{\"scopes\":[\"mail.send\"]}");
        }
        return new PlatformResponse(202, Map.of("x-message-id", "sandbox-" + seed), "");
    }
}
