package com.verticallight.notification;

import com.interaso.webpush.WebPush;
import com.verticallight.channel.connector.AddressGuard;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Web push to each of a person's browser subscriptions: the payload encrypted per RFC 8291 (aes128gcm) and the
 * request signed with a VAPID JWT (RFC 8292), sent without blocking. A push service answering 404 or 410 says the
 * subscription is gone: it is removed.
 */
@ApplicationScoped
public class WebPushSender {

    private static final Logger LOG = Logger.getLogger(WebPushSender.class);

    private final Pool pool;
    private final VapidKeyStore vapid;
    private final NotificationConfig config;
    private final AddressGuard guard;
    private final WebClient client;

    public WebPushSender(Pool pool, VapidKeyStore vapid, NotificationConfig config, AddressGuard guard, Vertx vertx) {
        this.pool = pool;
        this.vapid = vapid;
        this.config = config;
        this.guard = guard;
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(5000).setIdleTimeout(10));
    }

    record Subscription(UUID id, String endpoint, String p256dh, String auth) {
    }

    /** Pushes to every subscription of the person; returns how many accepted it (null: the person has none). */
    public Uni<Integer> push(UUID tenantId, UUID userId, Map<String, Object> message, Urgency urgency) {
        byte[] payload = JsonText.write(message).getBytes(StandardCharsets.UTF_8);
        return subscriptions(tenantId, userId).chain(subscriptions -> subscriptions.isEmpty()
                ? Uni.createFrom().nullItem()
                : vapid.keys().chain(keys -> {
                    WebPush push = new WebPush(config.pushSubject(), keys);
                    return io.smallrye.mutiny.Multi.createFrom().iterable(subscriptions)
                            .onItem().transformToUniAndConcatenate(s -> send(tenantId, push, s, payload, urgency))
                            .collect().asList()
                            .map(accepted -> (int) accepted.stream().filter(Boolean::booleanValue).count());
                }));
    }

    private Uni<Boolean> send(UUID tenantId, WebPush push, Subscription s, byte[] payload, Urgency urgency) {
        return guard.refusal(s.endpoint()).chain(refused -> {
            if (refused.isPresent()) {
                LOG.warnf("Push subscription %s refused: %s", s.id(), refused.get());
                return Uni.createFrom().item(false);
            }
            byte[] body;
            try {
                body = push.getBody(payload, Base64.getUrlDecoder().decode(s.p256dh()),
                        Base64.getUrlDecoder().decode(s.auth()));
            } catch (RuntimeException e) {
                LOG.warnf("Push subscription %s has unusable keys: %s", s.id(), e.getMessage());
                return Uni.createFrom().item(false);
            }
            HttpRequest<io.vertx.mutiny.core.buffer.Buffer> request = client.postAbs(s.endpoint()).timeout(10_000);
            push.getHeaders(s.endpoint(), config.pushTtl(), null, urgencyOf(urgency))
                    .forEach(request::putHeader);
            return request.sendBuffer(io.vertx.mutiny.core.buffer.Buffer.newInstance(Buffer.buffer(body)))
                    .chain(response -> {
                        int status = response.statusCode();
                        if (status == 404 || status == 410) {
                            return remove(tenantId, s.id()).replaceWith(false);
                        }
                        if (status / 100 != 2) {
                            LOG.warnf("Push to subscription %s answered %d", s.id(), status);
                        }
                        return Uni.createFrom().item(status / 100 == 2);
                    })
                    .onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Push to subscription %s failed: %s", s.id(), failure.getMessage());
                        return false;
                    });
        });
    }

    private static WebPush.Urgency urgencyOf(Urgency urgency) {
        return switch (urgency) {
            case LOW -> WebPush.Urgency.Low;
            case NORMAL -> WebPush.Urgency.Normal;
            case HIGH, URGENT -> WebPush.Urgency.High;
        };
    }

    private Uni<List<Subscription>> subscriptions(UUID tenantId, UUID userId) {
        return pool.preparedQuery("select id, endpoint, p256dh, auth from push_subscription where tenant_id = $1 and user_id = $2")
                .execute(Tuple.of(tenantId, userId)).map(rows -> {
                    List<Subscription> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(new Subscription(row.getUUID("id"), row.getString("endpoint"), row.getString("p256dh"),
                                row.getString("auth")));
                    }
                    return list;
                });
    }

    private Uni<Void> remove(UUID tenantId, UUID subscriptionId) {
        LOG.infof("Push subscription %s expired: removed", subscriptionId);
        return pool.preparedQuery("delete from push_subscription where tenant_id = $1 and id = $2")
                .execute(Tuple.of(tenantId, subscriptionId)).replaceWithVoid();
    }
}
