package com.verticallight.channel.connector;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One HTTP request exactly as a platform expects it. Connectors build these; the live transport sends them,
 * the sandbox stores them (redacted) as "would have been sent".
 *
 * @param body the raw body (JSON text or form-encoded text), or null
 * @param tenantUrl the URL was given by the tenant (a Slack hook, a subscriber's webhook URL), not configured by
 *            the operator: its path may itself be a credential, so only its scheme and host are stored or shown,
 *            and it must not lead to a private or local address (see {@code AddressGuard})
 */
public record PlatformRequest(String method, String url, Map<String, String> headers, String body,
        @JsonIgnore boolean tenantUrl) {

    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key", "x-goog-api-key");
    /** Query parameters that carry credentials (access_token=, key=, sig=...), wherever they appear. */
    private static final String SECRET_QUERY =
            "(?i)([?&](?:access_token|api_key|apikey|key|token|secret|sig|signature|password|auth|code)=)[^&#]*";
    /** A Slack incoming-webhook URL is itself the credential: everything after the host is secret. */
    private static final String SECRET_HOOK_PATH = "(?i)^(https?://hooks\\.slack\\.com/)[^?#]*";
    private static final String ANY_PATH = "(?i)^(https?://[^/?#]+/)[^?#]*";

    public PlatformRequest {
        headers = Map.copyOf(headers);
    }

    public PlatformRequest(String method, String url, Map<String, String> headers, String body) {
        this(method, url, headers, body, false);
    }

    /** A request to a URL the tenant gave (see {@link #tenantUrl}). */
    public static PlatformRequest toTenantUrl(String method, String url, Map<String, String> headers, String body) {
        return new PlatformRequest(method, url, headers, body, true);
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
        return new PlatformRequest(method, redactedUrl(), safe, body, tenantUrl);
    }

    /** The URL with credential query values masked, and the whole path masked where the URL is a credential. */
    public String redactedUrl() {
        String safe = url.replaceAll(SECRET_QUERY, "$1***").replaceAll(SECRET_HOOK_PATH, "$1***");
        return tenantUrl ? safe.replaceAll(ANY_PATH, "$1***") : safe;
    }

    private static String mask(String value) {
        int space = value.indexOf(' ');
        return (space > 0 ? value.substring(0, space + 1) : "") + "***";
    }
}
