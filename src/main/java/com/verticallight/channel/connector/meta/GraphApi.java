package com.verticallight.channel.connector.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.Requests;
import java.net.URI;

/** The Meta Graph API at one base URL and version: {base}/{version}/{node}/{edge}, bearer token, JSON. */
final class GraphApi {

    private final String base;
    private final String version;

    GraphApi(String baseUrl, String version) {
        this.base = Requests.trimSlash(baseUrl);
        this.version = version;
    }

    /** {base}/{version}/{segments...}, each segment percent-encoded; {@code query} appended as given. */
    String url(String query, String... segments) {
        StringBuilder url = new StringBuilder(base).append('/').append(version);
        for (String segment : segments) {
            url.append('/').append(Requests.segment(segment));
        }
        return query == null ? url.toString() : url.append('?').append(query).toString();
    }

    PlatformRequest post(String token, JsonNode body, String... segments) {
        return Requests.bearer("POST", url(null, segments), token, body);
    }

    PlatformRequest get(String token, String query, String... segments) {
        return Requests.bearer("GET", url(query, segments), token, null);
    }

    /** The path of a request's URL after the version: {@code ["123", "messages"]}. */
    static String[] pathAfterVersion(PlatformRequest request) {
        String path = URI.create(request.url()).getPath();
        String[] parts = path.replaceFirst("^/", "").split("/");
        String[] rest = new String[Math.max(0, parts.length - 1)];
        System.arraycopy(parts, 1, rest, 0, rest.length);
        return rest;
    }
}
