package com.verticallight.notification;

import com.verticallight.platform.json.JsonText;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reaches the sockets of every instance: a notification's transaction ends with {@code pg_notify}, and each
 * instance LISTENs on one connection of its own (reconnecting if it drops) and sends the notification to the
 * sockets it holds for that person. The NOTIFY carries the socket message as written once by the instance that
 * made the notification, so no instance reads the notification back; only a message too long for a NOTIFY goes as a
 * reference that is read. Tenant-wide changes ("lead.created") go the same way to the tenant's sockets.
 */
@ApplicationScoped
public class NotificationFanOut {

    public static final String CHANNEL = "vlos_notifications";
    /** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;
    private static final Logger LOG = Logger.getLogger(NotificationFanOut.class);

    private final Vertx vertx;
    private final Pool pool;
    private final SocketRegistry registry;
    private final NotificationStore store;
    private final Optional<String> url;
    private final Optional<String> user;
    private final Optional<String> password;
    private PgSubscriber subscriber;

    public NotificationFanOut(Vertx vertx, Pool pool, SocketRegistry registry, NotificationStore store,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.pool = pool;
        this.registry = registry;
        this.store = store;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        if (url.isEmpty()) {
            LOG.warn("No reactive datasource URL: notifications reach sockets of this instance only after a reconnect");
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url.get().replaceFirst("^vertx-reactive:", ""));
        user.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(this::heard);
        subscriber.connect().subscribe().with(ok -> LOG.debug("Listening for notifications"),
                failure -> LOG.errorf("Cannot listen for notifications: %s", failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    /** Every instance's sockets of the tenant hear that the topic changed (once committed). */
    public Uni<Void> changed(UUID tenantId, String topic) {
        return pool.preparedQuery("select pg_notify($1, $2)").execute(Tuple.of(CHANNEL, "e|" + tenantId + "|" + topic))
                .replaceWithVoid();
    }

    /**
     * The NOTIFY of a person's notification: {@code m|tenant|person|sequence|message}, or {@code n|tenant|person|sequence}
     * (read back by each instance) when the message would make it too long.
     */
    static String payload(UUID tenantId, UUID userId, NotificationView view) {
        String reference = tenantId + "|" + userId + "|" + view.sequence();
        String withMessage = "m|" + reference + "|" + NotificationSocket.message(view);
        return utf8Length(withMessage) <= MAX_PAYLOAD_BYTES ? withMessage : "n|" + reference;
    }

    private static int utf8Length(String text) {
        if (text.length() * 3 <= MAX_PAYLOAD_BYTES) {
            return text.length() * 3; // short enough whatever its characters
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    void heard(String payload) {
        String[] parts = payload.split("\\|", 5);
        try {
            if (parts.length == 5 && parts[0].equals("m")) {
                sendToAll(registry.person(UUID.fromString(parts[1]), UUID.fromString(parts[2])),
                        Long.parseLong(parts[3]), parts[4]);
            } else if (parts.length == 4 && parts[0].equals("n")) {
                notification(UUID.fromString(parts[1]), UUID.fromString(parts[2]), Long.parseLong(parts[3]));
            } else if (parts.length == 3 && parts[0].equals("e")) {
                changedHere(UUID.fromString(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignored notification payload %s", payload);
        }
    }

    /** A notification announced by reference: read once, written once, sent to the person's sockets here. */
    private void notification(UUID tenantId, UUID userId, long sequence) {
        var sockets = registry.person(tenantId, userId);
        if (sockets.isEmpty()) {
            return;
        }
        store.after(tenantId, userId, sequence - 1, 1)
                .map(found -> found.isEmpty() || found.get(0).sequence() != sequence ? null : found.get(0))
                .subscribe().with(n -> {
                    if (n != null) {
                        sendToAll(sockets, sequence, NotificationSocket.message(n));
                    }
                }, failure -> LOG.warnf("Notification %d not sent to sockets: %s", sequence, failure.getMessage()));
    }

    /**
     * The same message to every socket of the person at once, in the order the notifications committed (which may
     * differ from their sequences: clients keep the highest sequence they saw).
     */
    private static void sendToAll(Collection<SocketRegistry.Open> sockets, long sequence, String message) {
        for (SocketRegistry.Open open : sockets) {
            NotificationSocket.send(open, sequence, message).subscribe().with(ok -> {
            }, failure -> {
            });
        }
    }

    private void changedHere(UUID tenantId, String topic) {
        String message = JsonText.write(Map.of("type", "changed", "topic", topic));
        registry.tenant(tenantId).forEach(open -> open.connection().sendText(message).subscribe().with(ok -> {
        }, failure -> {
        }));
    }
}
