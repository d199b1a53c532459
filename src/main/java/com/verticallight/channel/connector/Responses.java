package com.verticallight.channel.connector;

import com.verticallight.channel.connector.PlatformFailure.Kind;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** Sending through {@link PlatformHttp} and turning unsuccessful answers into classified failures. */
public final class Responses {

    private Responses() {
    }

    /**
     * Builds the request (a build error such as a missing field becomes a failed Uni), sends it and fails
     * with the connector's classification unless the answer is a success.
     */
    public static Uni<PlatformResponse> send(Connector connector, PlatformHttp http,
            Supplier<PlatformRequest> request) {
        return Uni.createFrom().item(request)
                .chain(http::send)
                .map(response -> successful(connector, response));
    }

    public static PlatformResponse successful(Connector connector, PlatformResponse response) {
        PlatformFailure failure = connector.classify(response);
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    /** Retry-After in seconds, or null when absent or given as a date. */
    public static Long retryAfterSeconds(PlatformResponse response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The usual HTTP-status classification: 429 throttled, 5xx transient, other 4xx permanent. */
    public static PlatformFailure byStatus(PlatformResponse response, String code, String message) {
        int status = response.status();
        if (status == 429) {
            return new PlatformFailure(Kind.RATE_LIMITED, code, message, retryAfterSeconds(response));
        }
        if (status >= 500) {
            return new PlatformFailure(Kind.TRANSIENT, code, message, retryAfterSeconds(response));
        }
        return new PlatformFailure(Kind.PERMANENT, code, message, null);
    }

    public static PlatformFailure failure(Kind kind, PlatformResponse response, String code, String message) {
        return new PlatformFailure(kind, code, message, retryAfterSeconds(response));
    }
}
