package com.verticallight.notification;

import com.verticallight.notification.NotificationView.DeliveryView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and marks one person's notifications; every statement carries the tenant and the person. */
@ApplicationScoped
public class NotificationStore {

    static final String COLUMNS = "id, seq, category, priority, title, body, link, merged_count, created_at, updated_at, read_at,"
            + " words";

    private final Pool pool;

    public NotificationStore(Pool pool) {
        this.pool = pool;
    }

    /** Newest first, older than {@code before} (a sequence) when given. */
    public Uni<List<NotificationView>> page(UUID tenantId, UUID userId, Long before, boolean unreadOnly, int limit) {
        return page(tenantId, userId, before, unreadOnly, limit, null);
    }

    /** Newest first, written in the reader's language where the words were kept (as stored when null). */
    public Uni<List<NotificationView>> page(UUID tenantId, UUID userId, Long before, boolean unreadOnly, int limit,
            String language) {
        return pool.preparedQuery("select " + COLUMNS + " from notification where tenant_id = $1 and user_id = $2"
                + " and ($3::bigint is null or seq < $3) and (not $4 or read_at is null) order by seq desc limit $5")
                .execute(Tuple.of(tenantId, userId, before, unreadOnly, limit))
                .map(rows -> views(rows, language)).chain(views -> withDeliveries(tenantId, views));
    }

    /** What a socket missed: newer than {@code after}, oldest first. */
    public Uni<List<NotificationView>> after(UUID tenantId, UUID userId, long after, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from notification where tenant_id = $1 and user_id = $2"
                + " and seq > $3 order by seq limit $4")
                .execute(Tuple.of(tenantId, userId, after, limit)).map(NotificationStore::views);
    }

    public Uni<NotificationView> one(UUID tenantId, UUID userId, UUID id) {
        return one(tenantId, userId, id, null);
    }

    public Uni<NotificationView> one(UUID tenantId, UUID userId, UUID id, String language) {
        return pool.preparedQuery("select " + COLUMNS + " from notification where tenant_id = $1 and user_id = $2 and id = $3")
                .execute(Tuple.of(tenantId, userId, id)).map(rows -> views(rows, language))
                .chain(views -> withDeliveries(tenantId, views))
                .map(views -> views.isEmpty() ? null : views.get(0));
    }

    public Uni<Long> unread(UUID tenantId, UUID userId) {
        return pool.preparedQuery("select count(*) from notification where tenant_id = $1 and user_id = $2 and read_at is null")
                .execute(Tuple.of(tenantId, userId)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** True when the notification is the person's (read now, or already read). */
    public Uni<Boolean> markRead(UUID tenantId, UUID userId, UUID id, Instant now) {
        return pool.preparedQuery("update notification set read_at = coalesce(read_at, $4) where tenant_id = $1"
                + " and user_id = $2 and id = $3").execute(Tuple.of(tenantId, userId, id, at(now)))
                .map(rows -> rows.rowCount() > 0);
    }

    public Uni<Integer> markAllRead(UUID tenantId, UUID userId, Instant now) {
        return pool.preparedQuery("update notification set read_at = $3 where tenant_id = $1 and user_id = $2"
                + " and read_at is null").execute(Tuple.of(tenantId, userId, at(now))).map(RowSet::rowCount);
    }

    /** Retention: read notifications older than the cut-off go (their deliveries with them). */
    /** Deletes read notifications older than the cut-off, and the record of events consumed before it. */
    public Uni<Integer> deleteReadBefore(UUID tenantId, Instant cutOff) {
        return pool.preparedQuery("delete from notification where tenant_id = $1 and read_at is not null and read_at < $2")
                .execute(Tuple.of(tenantId, at(cutOff))).map(RowSet::rowCount)
                .call(() -> pool.preparedQuery("delete from notification_event where tenant_id = $1 and consumed_at < $2")
                        .execute(Tuple.of(tenantId, at(cutOff))));
    }

    private Uni<List<NotificationView>> withDeliveries(UUID tenantId, List<NotificationView> views) {
        if (views.isEmpty()) {
            return Uni.createFrom().item(views);
        }
        UUID[] ids = views.stream().map(NotificationView::id).toArray(UUID[]::new);
        return pool.preparedQuery("select notification_id, channel, status, due_at, detail, finished_at"
                + " from notification_delivery where tenant_id = $1 and notification_id = any($2) order by channel")
                .execute(Tuple.of(tenantId, ids)).map(rows -> {
                    Map<UUID, List<DeliveryView>> byId = new HashMap<>();
                    for (Row row : rows) {
                        byId.computeIfAbsent(row.getUUID("notification_id"), k -> new ArrayList<>())
                                .add(new DeliveryView(Channel.valueOf(row.getString("channel")), row.getString("status"),
                                        instant(row, "due_at"), row.getString("detail"), instant(row, "finished_at")));
                    }
                    return views.stream().map(v -> v.withDeliveries(byId.getOrDefault(v.id(), List.of()))).toList();
                });
    }

    static List<NotificationView> views(RowSet<Row> rows) {
        return views(rows, null);
    }

    static List<NotificationView> views(RowSet<Row> rows, String language) {
        List<NotificationView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(language == null || row.getString("words") == null ? view(row) : inLanguage(row, language));
        }
        return views;
    }

    /** The notification written in a language from its kept words (a merged one with its merged title). */
    static NotificationView inLanguage(Row row, String language) {
        NotificationText text = NotificationText.fromWords(row.getString("words"));
        int count = row.getInteger("merged_count");
        String merged = count > 1 ? text.mergedTitle(language, count) : null;
        NotificationView stored = view(row);
        return new NotificationView(stored.id(), stored.sequence(), stored.category(), stored.priority(),
                merged != null ? merged : text.title(language), text.body(language), stored.link(), count,
                stored.createdAt(), stored.updatedAt(), stored.readAt(), List.of());
    }

    static NotificationView view(Row row) {
        return new NotificationView(row.getUUID("id"), row.getLong("seq"), Category.valueOf(row.getString("category")),
                Urgency.valueOf(row.getString("priority")), row.getString("title"), row.getString("body"),
                row.getString("link"), row.getInteger("merged_count"), instant(row, "created_at"),
                instant(row, "updated_at"), instant(row, "read_at"), List.of());
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
