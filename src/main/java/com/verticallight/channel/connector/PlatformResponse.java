package com.verticallight.channel.connector;

import java.util.Map;

/** What a platform answered: status, headers (lower-case names) and the raw body. */
public record PlatformResponse(int status, Map<String, String> headers, String body) {

    public PlatformResponse {
        headers = Map.copyOf(headers);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase());
    }
}
