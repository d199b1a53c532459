package com.verticallight.channel.connector;

import java.util.Map;
import java.util.UUID;

/** Connection details for tests. */
public final class Connections {

    private Connections() {
    }

    public static ConnectionDetails of(Map<String, String> ids, Map<String, String> credentials) {
        return new ConnectionDetails(UUID.randomUUID(), UUID.randomUUID(), ids, credentials);
    }
}
