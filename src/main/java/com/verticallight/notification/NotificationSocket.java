package com.verticallight.notification;

import com.verticallight.platform.json.JsonText;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The web app's live line: {@code /api/v1/notifications/socket?after=<last sequence seen>} with the access token as
 * a subprotocol ({@link SocketAuth}). It is closed with {@value #EXPIRED} when that token expires (the client opens a
 * new one with a fresh token and misses nothing).
 * On open it sends what was missed after that sequence (oldest first, up to 200) and the unread count; then
 * every new or merged notification of the person ({"type":"notification",...}) and every change in the tenant a
 * page may show ({"type":"changed","topic":"lead.created"}). Messages from the client are ignored.
 */
@WebSocket(path = "/api/v1/notifications/socket")
public class NotificationSocket {

    static final int REPLAY_LIMIT = 200;

    /** The close code a socket gets when its person opened more than allowed (an application code, 4000-4999). */
    static final int TOO_MANY = 4008;
    /** The close code when the token that opened the socket expired. */
    static final int EXPIRED = 4001;

    private final SocketRegistry registry;
    private final NotificationStore store;
    private final NotificationConfig config;
    private final Vertx vertx;

    public NotificationSocket(SocketRegistry registry, NotificationStore store, NotificationConfig config, Vertx vertx) {
        this.registry = registry;
        this.store = store;
        this.config = config;
        this.vertx = vertx;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        UUID tenantId = UUID.fromString(connection.userData().get(SocketAuth.TENANT));
        UUID userId = UUID.fromString(connection.userData().get(SocketAuth.USER));
        long after = after(connection.handshakeRequest().query());
        SocketRegistry.Open open = registry.add(tenantId, userId, connection, after);
        closeOnExpiry(connection);
        registry.beyond(tenantId, userId, config.maxSocketsPerPerson()).forEach(old -> {
            registry.remove(tenantId, userId, old.connection());
            old.connection().close(new CloseReason(TOO_MANY, "Too many open sockets for this person; the oldest is closed"))
                    .subscribe().with(ok -> {
                    }, failure -> {
                    });
        });
        return store.after(tenantId, userId, after, REPLAY_LIMIT)
                .chain(missed -> Multi.createFrom().iterable(missed)
                        .onItem().transformToUniAndConcatenate(n -> send(open, n)).collect().last())
                .chain(() -> store.unread(tenantId, userId))
                .chain(unread -> connection.sendText(JsonText.write(Map.of("type", "hello", "unread", unread))));
    }

    private void closeOnExpiry(WebSocketConnection connection) {
        Long expires = connection.userData().get(SocketAuth.EXPIRES);
        if (expires == null) {
            return;
        }
        // the wall clock, as the token's expiry is checked against it (not the product's movable clock)
        long delay = Math.max(1, expires * 1000 - System.currentTimeMillis());
        vertx.setTimer(delay, id -> {
            if (connection.isOpen()) {
                connection.close(new CloseReason(EXPIRED, "The sign-in expired; open a new socket with a fresh token"))
                        .subscribe().with(ok -> {
                        }, failure -> {
                        });
            }
        });
    }

    @OnTextMessage
    public void ignore(String message) {
        // the socket only speaks to the client
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        String tenant = connection.userData().get(SocketAuth.TENANT);
        String user = connection.userData().get(SocketAuth.USER);
        if (tenant != null && user != null) {
            registry.remove(UUID.fromString(tenant), UUID.fromString(user), connection);
        }
    }

    /** Sends it unless the socket already got it (a replay may race a live one). */
    static Uni<Void> send(SocketRegistry.Open open, NotificationView n) {
        return send(open, n.sequence(), message(n));
    }

    /** The same, with the message already written (one notification to many sockets is written once). */
    static Uni<Void> send(SocketRegistry.Open open, long sequence, String message) {
        if (!open.sent().first(sequence)) {
            return Uni.createFrom().voidItem();
        }
        return open.connection().sendText(message).onFailure().recoverWithNull().replaceWithVoid();
    }

    static String message(NotificationView n) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "notification");
        message.put("notification", n);
        return JsonText.write(message);
    }

    private static long after(String query) {
        if (query == null) {
            return 0;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("after=")) {
                try {
                    return Math.max(0, Long.parseLong(part.substring(6)));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
