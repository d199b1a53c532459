package com.verticallight.channel.connector.razorpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.Actions;
import com.verticallight.channel.connector.ConnectionDetails;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformFailure.Kind;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.Responses;
import io.smallrye.mutiny.Uni;
import java.util.Map;

/**
 * A business's own Razorpay account: creates payment links for its customers (credentials "keyId", "keySecret";
 * "webhookSecret" verifies the payment_link.paid webhook). The result carries the link's id and its short_url.
 */
public class RazorpayConnector implements Connector {

    private final String base;

    /** e.g. "https://api.razorpay.com/v1". */
    public RazorpayConnector(String baseUrl) {
        this.base = baseUrl;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.RAZORPAY;
    }

    /**
     * PAYMENT_LINK: {@code data} holds amount (paise), currency, description, referenceId, expireBy (epoch seconds),
     * and optionally customerName, contact, email.
     */
    @Override
    public Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http) {
        return Responses.send(this, http, () -> linkRequest(action, connection)).map(response -> {
            JsonNode link = Json.read(response.body());
            return new ActionResult(Json.text(link, "/id"), Json.text(link, "/status"), Json.text(link, "/short_url"));
        });
    }

    private PlatformRequest linkRequest(OutboundAction action, ConnectionDetails connection) {
        if (action.type() != ActionType.PAYMENT_LINK || action.data() == null) {
            throw Actions.unsupported(action.type(), kind());
        }
        Map<String, Object> data = action.data();
        return requests(connection).paymentLink(new RazorpayRequests.PaymentLink(
                ((Number) data.get("amount")).longValue(), Actions.require((String) data.get("currency"), "currency"),
                Actions.require((String) data.get("description"), "description"),
                Actions.require((String) data.get("referenceId"), "referenceId"),
                ((Number) data.get("expireBy")).longValue(), (String) data.get("customerName"),
                (String) data.get("contact"), (String) data.get("email"), null));
    }

    @Override
    public PlatformRequest testRequest(ConnectionDetails connection) {
        return requests(connection).listOnePaymentLink();
    }

    private RazorpayRequests requests(ConnectionDetails connection) {
        return new RazorpayRequests(base, connection.credential("keyId"), connection.credential("keySecret"));
    }

    /** Razorpay errors: {"error":{"code":"BAD_REQUEST_ERROR","description":"…","field":"…"}}. */
    @Override
    public PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        JsonNode error = Json.read(response.body()).path("error");
        String code = error.path("code").asText(String.valueOf(response.status()));
        String message = "Razorpay answered HTTP " + response.status() + ": "
                + error.path("description").asText("no error details");
        if (response.status() == 401) {
            return new PlatformFailure(Kind.AUTH_EXPIRED, code, message, null);
        }
        return Responses.byStatus(response, code, message);
    }

    @Override
    public PlatformResponse sandboxResponse(PlatformRequest request, String seed) {
        return RazorpaySandbox.answer(request, seed);
    }
}
