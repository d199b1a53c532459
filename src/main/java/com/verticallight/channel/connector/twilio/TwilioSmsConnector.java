package com.verticallight.channel.connector.twilio;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** Twilio Programmable Messaging: one SMS per action, form-encoded, HTTP Basic with the account SID. */
public class TwilioSmsConnector implements Connector {

    private static final int AUTHENTICATION_FAILED = 20003;
    private static final int TOO_MANY_REQUESTS = 20429;
    private final String base;

    /** e.g. "https://api.twilio.com". */
    public TwilioSmsConnector(String baseUrl) {
        this.base = Requests.trimSlash(baseUrl);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS_TWILIO;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> messageRequest(action, connection))
                .map(response -> {
                    JsonNode body = Json.read(response.body());
                    return new ActionResult(Json.text(body, "/sid"), Json.text(body, "/status"), null);
                });
    }

    private PlatformRequest messageRequest(OutboundAction action, ConnectionDetails connection) {
        if (action.type() != OutboundAction.ActionType.TEXT) {
            throw Actions.unsupported(action.type(), kind());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", Actions.e164(action.to(), "to"));
        String service = connection.ids().get("messagingServiceSid");
        if (service != null && !service.isBlank()) {
            form.put("MessagingServiceSid", service);
        } else {
            form.put("From", connection.id("from"));
        }
        form.put("Body", Actions.require(action.text(), "text"));
        String callback = connection.ids().get("statusCallbackUrl");
        if (callback != null && !callback.isBlank()) {
            form.put("StatusCallback", callback);
        }
        return request("POST", account(connection) + "/Messages.json", connection, Requests.form(form));
    }

    private String account(ConnectionDetails connection) {
        return base + "/2010-04-01/Accounts/" + Requests.segment(connection.credential("accountSid"));
    }

    private static PlatformRequest request(String method, String url, ConnectionDetails connection, String form) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", Requests.basicAuth(connection.credential("accountSid"),
                connection.credential("authToken")));
        if (form != null) {
            headers.put("Content-Type", Requests.FORM);
        }
        return new PlatformRequest(method, url, headers, form);
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return request("GET", account(connection) + ".json", connection, null);
    }

    /** Twilio errors: {"code":21610,"message":"…","more_info":"…","status":400}. */
    @Override
    public PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        JsonNode error = Json.read(response.body());
        int code = error.path("code").asInt(0);
        String platformCode = code == 0 ? null : String.valueOf(code);
        String message = "Twilio answered HTTP " + response.status() + (code == 0 ? "" : ", error " + code) + ": "
                + error.path("message").asText("no error details");
        if (code == AUTHENTICATION_FAILED || response.status() == 401) {
            return new PlatformFailure(Kind.AUTH_EXPIRED, platformCode, message, null);
        }
        if (code == TOO_MANY_REQUESTS) {
            return Responses.failure(Kind.RATE_LIMITED, response, platformCode, message);
        }
        return Responses.byStatus(response, platformCode, message);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        return TwilioSandbox.answer(request, seed);
    }
}
