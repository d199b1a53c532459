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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reaches the sockets of every instance: a notification's transaction ends with {@code pg_notify}, and each
 * instance LISTENs on one connection of its own (reconnecting if it drops) and sends the notification to the
 * sockets it holds for that person. Tenant-wide changes ("lead.created") go the same way to the tenant's sockets.
 */
@ApplicationScoped
public class NotificationFanOut {

    public static final String CHANNEL = "vlos_notifications";
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

    private void heard(String payload) {
        String[] parts = payload.split("\\|");
        try {
            if (parts.length == 4 && parts[0].equals("n")) {
                notification(UUID.fromString(parts[1]), UUID.fromString(parts[2]), Long.parseLong(parts[3]));
            } else if (parts.length == 3 && parts[0].equals("e")) {
                changedHere(UUID.fromString(parts[1]), parts[2]);
            }
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignored notification payload %s", payload);
        }
    }

    private void notification(UUID tenantId, UUID userId, long sequence) {
        var sockets = registry.person(tenantId, userId);
        if (sockets.isEmpty()) {
            return;
        }
        store.after(tenantId, userId, sequence - 1, 1)
                .map(found -> found.isEmpty() || found.get(0).sequence() != sequence ? null : found.get(0))
                .chain(n -> n == null ? Uni.createFrom().voidItem()
                        : sendToAll(sockets, n))
                .subscribe().with(ok -> {
                }, failure -> LOG.warnf("Notification %d not sent to sockets: %s", sequence, failure.getMessage()));
    }

    /** Written once, sent to every socket of the person at once (each socket keeps its own order). */
    private static Uni<Void> sendToAll(java.util.Collection<SocketRegistry.Open> sockets, NotificationView n) {
        String message = NotificationSocket.message(n);
        return io.smallrye.mutiny.Multi.createFrom().iterable(sockets)
                .onItem().transformToUniAndMerge(open -> NotificationSocket.send(open, n.sequence(), message, false))
                .collect().last().replaceWithVoid();
    }

    private void changedHere(UUID tenantId, String topic) {
        String message = JsonText.write(Map.of("type", "changed", "topic", topic));
        registry.tenant(tenantId).forEach(open -> open.connection().sendText(message).subscribe().with(ok -> {
        }, failure -> {
        }));
    }
}
