package com.verticallight.channel.connector.razorpay;

import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import java.util.Map;

/** The answers Razorpay would give, with ids that say "sandbox"; nothing was sent. */
public final class RazorpaySandbox {

    private RazorpaySandbox() {
    }

    public static PlatformResponse answer(PlatformRequest request, String seed) {
        String url = request.url();
        String body;
        if (url.endsWith("/plans")) {
            body = "{\"id\":\"plan_sandbox" + seed + "\",\"entity\":\"plan\"}";
        } else if (url.endsWith("/cancel")) {
            body = "{\"id\":\"" + url.replaceAll(".*/subscriptions/([^/]+)/cancel$", "$1")
                    + "\",\"entity\":\"subscription\",\"status\":\"cancelled\"}";
        } else if (url.endsWith("/subscriptions")) {
            // no hosted checkout exists for a subscription that was never created
            body = "{\"id\":\"sub_sandbox" + seed + "\",\"entity\":\"subscription\",\"status\":\"created\"}";
        } else if (url.endsWith("/payment_links")) {
            body = "{\"id\":\"plink_sandbox" + seed + "\",\"status\":\"created\",\"short_url\":\"https://rzp.io/i/sandbox-" + seed + "\"}";
        } else {
            body = "{\"entity\":\"collection\",\"count\":0,\"items\":[]}";
        }
        return new PlatformResponse(200, Map.of("content-type", "application/json"), body);
    }
}
