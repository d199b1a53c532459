package com.verticallight.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Writes an event to the outbox on the caller's connection, inside the caller's transaction. */
public final class Outbox {

    public static final String CHANNEL = "vlos-events";

    private Outbox() {
    }

    /** The same, inside the caller's Hibernate Reactive transaction (the change and its event commit together). */
    public static Uni<Void> add(org.hibernate.reactive.mutiny.Mutiny.Session session, UUID tenantId, String topic,
            String payload, Instant now) {
        return session.createNativeQuery(
                "insert into outbox (id, tenant_id, topic, payload, created_at) values (:id, :tenant, :topic, :payload, :at)")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenantId).setParameter("topic", topic)
                .setParameter("payload", payload).setParameter("at", now.atOffset(ZoneOffset.UTC))
                .executeUpdate().replaceWithVoid();
    }

    /**
     * A domain event (e.g. "sale.recorded") with a JSON payload, in the current Hibernate Reactive transaction: the
     * change and its event commit together, and workflows listening to the topic start once it is committed.
     */
    public static Uni<Void> emit(UUID tenantId, String topic, java.util.Map<String, ?> payload, Instant now) {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().chain(session -> add(session, tenantId, topic,
                com.verticallight.platform.json.JsonText.write(payload), now));
    }

    /**
     * An event payload from key-value pairs, in order; nulls are kept, ids, times and enums become their text (so a
     * CEL filter compares strings: {@code trigger.status == 'CANCELLED'}).
     */
    public static java.util.Map<String, Object> payload(Object... keysAndValues) {
        java.util.Map<String, Object> payload = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            payload.put(String.valueOf(keysAndValues[i]), value instanceof UUID || value instanceof java.time.temporal.Temporal
                    || value instanceof Enum<?> ? value.toString() : value);
        }
        return payload;
    }

    public static Uni<Void> add(SqlConnection connection, UUID tenantId, String topic, String payload, Instant now) {
        return connection.preparedQuery(
                "insert into outbox (id, tenant_id, topic, payload, created_at) values ($1, $2, $3, $4, $5)")
                .execute(Tuple.of(UUID.randomUUID(), tenantId, topic, payload, now.atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
