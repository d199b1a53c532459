package com.verticallight.channel.connector;

import io.smallrye.mutiny.Uni;

/**
 * Sends platform requests. Live: over HTTP with timeouts, retries and a circuit breaker, failing with
 * {@link PlatformFailure} for errors the connector's {@link Connector#classify} does not accept. Sandbox:
 * records the request and answers with a synthetic success.
 */
public interface PlatformHttp {

    Uni<PlatformResponse> send(PlatformRequest request);
}
