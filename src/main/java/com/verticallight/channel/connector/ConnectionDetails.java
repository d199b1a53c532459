package com.verticallight.channel.connector;

import java.util.Map;
import java.util.UUID;

/**
 * A connection as a connector needs it: the platform's ids (e.g. "phoneNumberId", "pageId", "igUserId",
 * "accountId"/"locationId", "from"/"messagingServiceSid", "fromEmail"/"fromName", "url") and the decrypted
 * credentials (e.g. "accessToken", "accountSid"/"authToken", "apiKey", "webhookUrl", "secret").
 * Never logged, never returned by the API.
 */
public record ConnectionDetails(UUID connectionId, UUID tenantId, Map<String, String> ids,
        Map<String, String> credentials) {

    public String id(String name) {
        return required(ids, name, "platform id");
    }

    public String credential(String name) {
        return required(credentials, name, "credential");
    }

    private static String required(Map<String, String> values, String name, String what) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw PlatformFailure.rejected("The connection has no " + what + " \"" + name + "\"");
        }
        return value;
    }

    @Override
    public String toString() {
        return "ConnectionDetails[" + connectionId + ", ids=" + ids + ", credentials=***]";
    }
}
