package com.verticallight.channel.connector.razorpay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.Requests;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Razorpay's REST API v1 as documented: HTTP Basic with key id and key secret, JSON bodies, amounts as integers in
 * paise. Used for the product's own subscriptions and for the businesses' payment links.
 */
public final class RazorpayRequests {

    private final String base;
    private final String keyId;
    private final String keySecret;

    /** e.g. "https://api.razorpay.com/v1". */
    public RazorpayRequests(String baseUrl, String keyId, String keySecret) {
        this.base = Requests.trimSlash(baseUrl);
        this.keyId = keyId;
        this.keySecret = keySecret;
    }

    /** POST /plans {"period":"monthly","interval":1,"item":{"name","amount","currency"}}. */
    public PlatformRequest plan(String period, int interval, String name, long amountMinor, String currency) {
        ObjectNode body = Json.object().put("period", period).put("interval", interval);
        body.putObject("item").put("name", name).put("amount", amountMinor).put("currency", currency);
        return post("/plans", body);
    }

    /**
     * POST /subscriptions {"plan_id","total_count","quantity":1,"customer_notify":1,"notes":{}}; with a start time
     * (seconds since the epoch) when the regular charges begin later, and an upfront add-on charged at checkout.
     */
    public PlatformRequest subscription(String planId, int totalCount, Map<String, String> notes, Long startAt,
            AddOn addOn) {
        ObjectNode body = Json.object().put("plan_id", planId).put("total_count", totalCount).put("quantity", 1)
                .put("customer_notify", 1);
        if (startAt != null) {
            body.put("start_at", startAt);
        }
        if (addOn != null) {
            body.putArray("addons").addObject().putObject("item").put("name", addOn.name())
                    .put("amount", addOn.amountMinor()).put("currency", addOn.currency());
        }
        ObjectNode notesNode = body.putObject("notes");
        notes.forEach(notesNode::put);
        return post("/subscriptions", body);
    }

    /** An upfront charge added to a subscription's first payment (e.g. an upgrade's prorated difference). */
    public record AddOn(String name, long amountMinor, String currency) {
    }

    /** POST /subscriptions/{id}/cancel {"cancel_at_cycle_end":1 or 0}. */
    public PlatformRequest cancelSubscription(String subscriptionId, boolean atCycleEnd) {
        return post("/subscriptions/" + Requests.segment(subscriptionId) + "/cancel",
                Json.object().put("cancel_at_cycle_end", atCycleEnd ? 1 : 0));
    }

    /**
     * POST /payment_links {"amount","currency","description","reference_id","expire_by",
     * "customer":{"name","contact","email"},"notify":{"sms":false,"email":false},"reminder_enable":false}: we send the
     * link ourselves with the reminder, so Razorpay is told not to notify.
     */
    public PlatformRequest paymentLink(PaymentLink link) {
        ObjectNode body = Json.object().put("amount", link.amountMinor()).put("currency", link.currency())
                .put("accept_partial", false).put("description", link.description())
                .put("reference_id", link.referenceId()).put("expire_by", link.expireBy());
        ObjectNode customer = body.putObject("customer");
        Json.putIfPresent(customer, "name", link.customerName());
        Json.putIfPresent(customer, "contact", link.contact());
        Json.putIfPresent(customer, "email", link.email());
        body.putObject("notify").put("sms", false).put("email", false);
        body.put("reminder_enable", false);
        if (link.callbackUrl() != null) {
            body.put("callback_url", link.callbackUrl()).put("callback_method", "get");
        }
        return post("/payment_links", body);
    }

    /** What a payment link asks for; {@code expireBy} in seconds since the epoch. */
    public record PaymentLink(long amountMinor, String currency, String description, String referenceId, long expireBy,
            String customerName, String contact, String email, String callbackUrl) {
    }

    /** GET /payment_links?count=1: a cheap read that proves the key works. */
    public PlatformRequest listOnePaymentLink() {
        return new PlatformRequest("GET", base + "/payment_links?count=1", headers(false), null);
    }

    private PlatformRequest post(String path, ObjectNode body) {
        return new PlatformRequest("POST", base + path, headers(true), Json.write(body));
    }

    private Map<String, String> headers(boolean json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", Requests.basicAuth(keyId, keySecret));
        if (json) {
            headers.put("Content-Type", Requests.JSON);
        }
        return headers;
    }
}
