package com.verticallight.channel.connector;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends a request over HTTP with a per-call timeout and returns whatever the platform answered (any
 * status). Connection errors and timeouts fail with a TRANSIENT {@link PlatformFailure}.
 */
public class VertxPlatformHttp implements PlatformHttp {

    private final WebClient client;
    private final Duration timeout;

    public VertxPlatformHttp(WebClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Uni<PlatformResponse> send(PlatformRequest request) {
        HttpRequest<Buffer> http = client.requestAbs(io.vertx.core.http.HttpMethod.valueOf(request.method()),
                request.url()).timeout(timeout.toMillis());
        request.headers().forEach(http::putHeader);
        Uni<io.vertx.mutiny.ext.web.client.HttpResponse<Buffer>> sent = request.body() == null
                ? http.send() : http.sendBuffer(Buffer.buffer(request.body()));
        return sent
                .ifNoItem().after(timeout.plusMillis(250)).fail()
                .map(VertxPlatformHttp::toResponse)
                .onFailure(failure -> !(failure instanceof PlatformFailure))
                .transform(failure -> new PlatformFailure(PlatformFailure.Kind.TRANSIENT, null,
                        "No answer from " + host(request.url()) + ": " + failure.getClass().getSimpleName(), null));
    }

    private static PlatformResponse toResponse(io.vertx.mutiny.ext.web.client.HttpResponse<Buffer> response) {
        Map<String, String> headers = new HashMap<>();
        response.headers().forEach(entry -> headers.put(entry.getKey().toLowerCase(), entry.getValue()));
        String body = response.body() == null ? "" : response.bodyAsString();
        return new PlatformResponse(response.statusCode(), headers, body);
    }

    private static String host(String url) {
        return java.net.URI.create(url).getHost();
    }
}
