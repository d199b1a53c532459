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
                .transform(failure -> noAnswer(request, failure));
    }

    /**
     * A request that never left (no connection) is safe to send again; a write (POST, PUT...) that got no answer
     * after it may have reached the platform is not: sending it again could post or message twice.
     */
    static PlatformFailure noAnswer(PlatformRequest request, Throwable failure) {
        String message = "No answer from " + host(request.url()) + ": " + failure.getClass().getSimpleName();
        if (neverSent(failure) || "GET".equals(request.method())) {
            return new PlatformFailure(PlatformFailure.Kind.TRANSIENT, null, message, null);
        }
        return PlatformFailure.noAnswer(message + "; it may have arrived, so it was not sent again (it cannot "
                + "arrive twice): check the platform");
    }

    private static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.NoRouteToHostException
                    || cause instanceof io.netty.channel.ConnectTimeoutException) {
                return true;
            }
        }
        return false;
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
