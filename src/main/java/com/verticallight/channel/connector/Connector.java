package com.verticallight.channel.connector;

import com.verticallight.channel.ChannelKind;
import io.smallrye.mutiny.Uni;

/**
 * One platform's API: builds its exact requests, reads its answers, classifies its errors. It never
 * sends by itself: {@link PlatformHttp} decides whether the request goes out (live) or is recorded (sandbox).
 */
public interface Connector {

    ChannelKind kind();

    /**
     * Performs the action through {@code http}; may take several requests (Instagram: container, then
     * publish). Fails with {@link PlatformFailure} (REJECTED for actions this channel cannot do as given).
     */
    Uni<ActionResult> perform(OutboundAction action, ConnectionDetails connection, PlatformHttp http);

    /** A cheap read that proves the credentials work (e.g. GET the page or phone number). */
    PlatformRequest testRequest(ConnectionDetails connection);

    /**
     * Decides whether a response is a success, or which failure it is (Meta code 190 → AUTH_EXPIRED; 4, 17,
     * 32, 613, 80001-80009 → RATE_LIMITED; 429 with Retry-After → RATE_LIMITED; 5xx → TRANSIENT; ...).
     * Returns null for success.
     */
    PlatformFailure classify(PlatformResponse response);

    /**
     * The answer the sandbox gives to one of this connector's requests: shaped like the platform's real
     * success response, with ids that say "sandbox" (e.g. {"messages":[{"id":"wamid.sandbox-<seed>"}]}),
     * so {@link #perform} runs unchanged in sandbox mode.
     */
    PlatformResponse sandboxResponse(PlatformRequest request, String seed);
}
