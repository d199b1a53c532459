package com.verticallight.channel.connector.webhook;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** A subscriber's endpoint ("url"): signed JSON {"event","data"} with the subscriber's "secret". */
public class WebhookConnector implements Connector {

    static final String TEST_EVENT = "connection.test";
    private final Clock clock;

    public WebhookConnector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> eventRequest(action, connection))
                .map(response -> new ActionResult(null, String.valueOf(response.status()), null));
    }

    private PlatformRequest eventRequest(OutboundAction action, ConnectionDetails connection) {
        if (action.type() != OutboundAction.ActionType.EVENT) {
            throw Actions.unsupported(action.type(), kind());
        }
        return signed(connection, Actions.require(action.event(), "event"), action.data());
    }

    private PlatformRequest signed(ConnectionDetails connection, String event, Map<String, Object> data) {
        ObjectNode body = Json.object().put("event", event);
        body.set("data", Json.tree(data == null ? Map.of() : data));
        String json = Json.write(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", Requests.JSON);
        headers.put("X-Signature", WebhookSignature.sign(connection.credential("secret"),
                json.getBytes(StandardCharsets.UTF_8)));
        headers.put("X-Timestamp", String.valueOf(clock.instant().getEpochSecond()));
        return PlatformRequest.toTenantUrl("POST", connection.id("url"), headers, json);
    }

    /** A subscriber's URL cannot be read, so the test is a signed "connection.test" event. */
    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return signed(connection, TEST_EVENT, Map.of());
    }

    @Override
    public PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        String code = String.valueOf(response.status());
        String message = "The subscriber answered HTTP " + response.status();
        if (response.status() == 429 || response.status() >= 500) {
            return Responses.failure(Kind.TRANSIENT, response, code, message);
        }
        return new PlatformFailure(Kind.PERMANENT, code, message, null);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        return new PlatformResponse(200, Map.of("content-type", "text/plain", "x-request-id", "sandbox-" + seed),
                "ok");
    }
}
