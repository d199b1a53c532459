package com.verticallight.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A browser-like socket client (java.net.http): the token in the query, every message kept. */
final class SocketClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private volatile int closedWith = -1;

    static URI uri(String query) {
        return URI.create("ws://localhost:" + RestAssured.port + "/api/v1/notifications/socket" + query);
    }

    static SocketClient open(String token, Long after) throws Exception {
        SocketClient client = new SocketClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri("?token=" + token + (after == null ? "" : "&after=" + after)), client)
                .get(30, TimeUnit.SECONDS);
        client.await(m -> m.path("type").asText().equals("hello"));
        return client;
    }

    /** As the web app opens it: the token as the subprotocol after "vlos.bearer", nothing in the URL. */
    static SocketClient openWithSubprotocol(String token) throws Exception {
        SocketClient client = new SocketClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("vlos.bearer", token)
                .buildAsync(uri(""), client).get(30, TimeUnit.SECONDS);
        client.await(m -> m.path("type").asText().equals("hello"));
        return client;
    }

    /** The subprotocol the service chose. */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedWith = statusCode;
        return null;
    }

    /** Waits (generously) until the service closes the socket; its close code. */
    int awaitClose() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (closedWith < 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (closedWith < 0) {
            throw new AssertionError("The socket was not closed");
        }
        return closedWith;
    }

    List<JsonNode> notifications() {
        return messages.stream().filter(m -> m.path("type").asText().equals("notification"))
                .map(m -> m.path("notification")).toList();
    }

    /** Waits (generously) for a message that matches. */
    JsonNode await(Predicate<JsonNode> matching) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode message : messages) {
                if (matching.test(message)) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No such message; got " + messages);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
