package com.verticallight.channel.connector;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One HTTP request exactly as a platform expects it. Connectors build these; the live transport sends them,
 * the sandbox stores them (redacted) as "would have been sent".
 *
 * @param body the raw body (JSON text or form-encoded text), or null
 */
public record PlatformRequest(String method, String url, Map<String, String> headers, String body) {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key", "x-goog-api-key");
    private static final String SECRET_QUERY = "(?i)(access_token|key|token)=[^&]*";
    /** A Slack incoming-webhook URL is itself the credential: everything after the host is secret. */
    private static final String SECRET_HOOK_PATH = "(?i)^(https?://hooks\\.slack\\.com/)[^?#]*";

    public PlatformRequest {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The same request with credentials masked, safe to store and show. */
    public PlatformRequest redacted() {
        Map<String, String> safe = new LinkedHashMap<>();
        headers.forEach((name, value) -> safe.put(name,
                SECRET_HEADERS.contains(name.toLowerCase()) ? mask(value) : value));
        return new PlatformRequest(method, url.replaceAll(SECRET_QUERY, "$1=***")
                .replaceAll(SECRET_HOOK_PATH, "$1***"), safe, body);
    }

    private static String mask(String value) {
        int space = value.indexOf(' ');
        return (space > 0 ? value.substring(0, space + 1) : "") + "***";
    }
}
