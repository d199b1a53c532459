package com.verticallight.channel;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Connections and actions for gateway tests, created through the public API. */
public final class ChannelFixtures {

    public static final String WA_TOKEN = "EAAG-secret-whatsapp-token";
    public static final String FB_TOKEN = "EAAG-secret-page-token";

    private ChannelFixtures() {
    }

    /** A fresh tenant (own circuit breakers) with one business. */
    public static Account tenantWithBusiness() {
        return Accounts.signup("BASIC");
    }

    public static String businessOf(Account account) {
        return Accounts.createBusiness(account, "Gateway test salon");
    }

    public static String connect(Account account, String businessId, String kind, Map<String, String> ids,
            Map<String, String> credentials, String mode) {
        return account.as()
                .body(Map.of("kind", kind, "platformIds", ids, "credentials", credentials, "mode", mode))
                .post("/api/v1/businesses/" + businessId + "/connections")
                .then().statusCode(201).extract().path("id");
    }

    public static String whatsapp(Account account, String businessId, String phoneNumberId, String mode) {
        return connect(account, businessId, "WHATSAPP", Map.of("phoneNumberId", phoneNumberId),
                Map.of("accessToken", WA_TOKEN), mode);
    }

    public static String facebook(Account account, String businessId, String pageId, String mode) {
        return connect(account, businessId, "FACEBOOK_PAGE", Map.of("pageId", pageId),
                Map.of("accessToken", FB_TOKEN), mode);
    }

    /** A free-form message; WhatsApp allows it only within 24 hours of the contact's last message. */
    public static Map<String, Object> text(String connectionId, String to, String body, String key) {
        return Map.of("connectionId", connectionId, "idempotencyKey", key, "urgent", true,
                "action", Map.of("type", "TEXT", "to", to, "text", body));
    }

    /** An approved WhatsApp template, marked urgent so quiet hours do not defer it. */
    public static Map<String, Object> template(String connectionId, String to, String name, String key) {
        return Map.of("connectionId", connectionId, "idempotencyKey", key, "urgent", true,
                "action", Map.of("type", "TEMPLATE", "to", to, "templateName", name, "language", "en",
                        "parameters", List.of("Asha")));
    }

    public static Map<String, Object> post(String connectionId, String message, String key) {
        return Map.of("connectionId", connectionId, "idempotencyKey", key,
                "action", Map.of("type", "POST", "text", message));
    }

    public static Map<String, Object> batch(Map<?, ?>... actions) {
        return Map.of("actions", List.of(actions));
    }

    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** A per-test phone number id, so WireMock stubs and counts of tests do not mix. */
    public static String uniqueId() {
        return String.valueOf(100000000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 899999999L));
    }
}
