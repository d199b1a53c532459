package com.verticallight.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivers a notification's due channels: each PENDING delivery, and each HELD one whose quiet hours ended, is
 * claimed (SENDING) by one statement, so two instances or a job and the immediate attempt never both send it;
 * its end (SENT, SANDBOX, FAILED, SKIPPED with why) is written on the row.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private final Pool pool;
    private final Clock clock;
    private final GatewaySends sends;
    private final WebPushSender push;
    private final NotificationConfig config;

    public NotificationDispatcher(Pool pool, Clock clock, GatewaySends sends, WebPushSender push,
            NotificationConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.sends = sends;
        this.push = push;
        this.config = config;
    }

    record Due(UUID deliveryId, Channel channel) {
    }

    public Uni<Void> deliverDue(UUID tenantId, UUID notificationId) {
        return claim(tenantId, notificationId).chain(due -> due.isEmpty() ? Uni.createFrom().voidItem()
                : pool.preparedQuery("select n.user_id, " + prefixed() + " from notification n"
                        + " where n.tenant_id = $1 and n.id = $2").execute(Tuple.of(tenantId, notificationId))
                        .chain(rows -> {
                            Row row = rows.iterator().next();
                            NotificationView n = NotificationStore.view(row);
                            return recipient(tenantId, row.getUUID("user_id")).chain(person -> Multi.createFrom()
                                    .iterable(due).onItem().transformToUniAndConcatenate(d -> send(tenantId, person, n, d)
                                            .onFailure().recoverWithItem(e -> Sent.failed(String.valueOf(e.getMessage())))
                                            .chain(sent -> finish(tenantId, d.deliveryId(), sent)))
                                    .collect().last());
                        }))
                .replaceWithVoid();
    }

    private static String prefixed() {
        return "n." + NotificationStore.COLUMNS.replace(", ", ", n.");
    }

    private Uni<List<Due>> claim(UUID tenantId, UUID notificationId) {
        return pool.preparedQuery("""
                update notification_delivery set status = 'SENDING'
                where tenant_id = $1 and notification_id = $2
                  and (status = 'PENDING' or (status = 'HELD' and due_at <= $3))
                returning id, channel""")
                .execute(Tuple.of(tenantId, notificationId, NotificationStore.at(clock.instant())))
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(row.getUUID("id"), Channel.valueOf(row.getString("channel"))));
                    }
                    return due;
                });
    }

    Uni<Recipient> recipient(UUID tenantId, UUID userId) {
        return pool.preparedQuery(Recipient.SELECT + " and u.id = $2").execute(Tuple.of(tenantId, userId))
                .map(rows -> rows.size() == 0 ? null : Recipient.of(rows.iterator().next()));
    }

    private Uni<Sent> send(UUID tenantId, Recipient person, NotificationView n, Due due) {
        if (person == null) {
            return Uni.createFrom().item(Sent.skipped("the person is no longer active"));
        }
        String key = "ntf:" + due.deliveryId();
        String text = n.title() + (n.body() == null ? "" : "\n" + n.body()) + (n.link() == null ? "" : "\n" + link(n.link()));
        return switch (due.channel()) {
            case PUSH -> push.push(tenantId, person.userId(), pushMessage(n), n.priority())
                    .map(accepted -> accepted == null ? Sent.skipped("no push subscription")
                            : accepted > 0 ? new Sent("SENT", accepted + " subscription(s)", null)
                                    : Sent.failed("no push service accepted it"));
            case EMAIL -> sends.email(tenantId, person.email(), n.title(), text, key);
            case SMS, WHATSAPP -> sends.text(tenantId, due.channel(), person.preferences().phone(), text, key);
            case SLACK -> sends.slack(tenantId, text, key);
            case WEBHOOK -> sends.webhook(tenantId, webhookData(n), key);
        };
    }

    String link(String link) {
        return config.appUrl().map(url -> url.replaceAll("/$", "") + link).orElse(link);
    }

    private static Map<String, Object> pushMessage(NotificationView n) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", n.id().toString());
        message.put("title", n.title());
        message.put("body", n.body());
        message.put("link", n.link());
        message.put("category", n.category().name());
        message.put("priority", n.priority().name());
        return message;
    }

    private static Map<String, Object> webhookData(NotificationView n) {
        Map<String, Object> data = pushMessage(n);
        data.put("createdAt", n.createdAt().toString());
        return data;
    }

    Uni<Void> finish(UUID tenantId, UUID deliveryId, Sent sent) {
        return pool.preparedQuery("""
                update notification_delivery set status = $3, detail = $4, gateway_delivery_id = $5, finished_at = $6
                where tenant_id = $1 and id = $2""")
                .execute(Tuple.from(new Object[] { tenantId, deliveryId, sent.status(),
                        NotificationCentre.truncate(sent.detail(), 1000), sent.gatewayDeliveryId(),
                        NotificationStore.at(clock.instant()) }))
                .replaceWithVoid();
    }
}
