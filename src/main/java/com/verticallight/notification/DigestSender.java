package com.verticallight.notification;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A person's daily digest: the notifications waiting for it are claimed at once and go out in ONE email (through
 * the SendGrid connection or SMTP, keyed by the digest job so a retry never sends it twice); each waiting delivery
 * then records how the digest went.
 */
@ApplicationScoped
public class DigestSender {

    private final Pool pool;
    private final Clock clock;
    private final NotificationDispatcher dispatcher;
    private final GatewaySends sends;

    public DigestSender(Pool pool, Clock clock, NotificationDispatcher dispatcher, GatewaySends sends) {
        this.pool = pool;
        this.clock = clock;
        this.dispatcher = dispatcher;
        this.sends = sends;
    }

    record Item(UUID deliveryId, String title, String body, String link) {
    }

    public Uni<Void> send(UUID tenantId, UUID userId, String key) {
        return claim(tenantId, userId).chain(items -> items.isEmpty() ? Uni.createFrom().voidItem()
                : dispatcher.recipient(tenantId, userId).chain(person -> person == null
                        ? finishAll(tenantId, items, Sent.skipped("the person is no longer active"))
                        : sends.email(tenantId, person.email(), subject(person.language(), items.size()),
                                text(items), key)
                                .chain(sent -> finishAll(tenantId, items, sent))));
    }

    private Uni<List<Item>> claim(UUID tenantId, UUID userId) {
        return pool.preparedQuery("""
                update notification_delivery d set status = 'SENDING'
                from notification n
                where d.tenant_id = $1 and d.user_id = $2 and d.status = 'DIGEST'
                  and n.id = d.notification_id and n.tenant_id = $1
                returning d.id, n.title, n.body, n.link, n.created_at""")
                .execute(Tuple.of(tenantId, userId)).map(rows -> {
                    List<Row> sorted = new ArrayList<>();
                    rows.forEach(sorted::add);
                    sorted.sort(java.util.Comparator.comparing(r -> r.getOffsetDateTime("created_at")));
                    return sorted.stream().map(r -> new Item(r.getUUID("id"), r.getString("title"), r.getString("body"),
                            r.getString("link"))).toList();
                });
    }

    /** The e-mail's subject in the person's language (the items are already written in it). */
    static String subject(String language, int count) {
        return com.verticallight.i18n.Catalogue.owner().format(
                com.verticallight.i18n.Languages.supported(language).orElse(com.verticallight.i18n.Languages.ENGLISH),
                "digest.subject", java.util.Map.of("count", count));
    }

    private String text(List<Item> items) {
        StringBuilder text = new StringBuilder();
        for (Item item : items) {
            text.append("• ").append(item.title());
            if (item.body() != null) {
                text.append("\n  ").append(item.body());
            }
            if (item.link() != null) {
                text.append("\n  ").append(dispatcher.link(item.link()));
            }
            text.append("\n\n");
        }
        return text.toString().trim();
    }

    private Uni<Void> finishAll(UUID tenantId, List<Item> items, Sent sent) {
        Sent digested = new Sent(sent.status(), sent.detail() == null ? "daily digest" : "daily digest: " + sent.detail(),
                sent.gatewayDeliveryId());
        return Multi.createFrom().iterable(items)
                .onItem().transformToUniAndConcatenate(item -> dispatcher.finish(tenantId, item.deliveryId(), digested))
                .collect().last().replaceWithVoid();
    }
}
