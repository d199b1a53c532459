package com.verticallight.channel.connection;

import com.verticallight.channel.ChannelKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds which tenant's connection an inbound webhook is for, by the platform's own id (e.g. the WhatsApp
 * phone number id in the event's metadata). Like the credential lookups, this read precedes knowing the tenant.
 * A LIVE connection is preferred (only one LIVE connection can hold a platform id); else the oldest.
 */
@ApplicationScoped
public class ConnectionDirectory {

    public record Owner(UUID connectionId, UUID tenantId, UUID businessId) {
    }

    @Inject
    Pool pool;

    public Uni<Optional<Owner>> byPlatformId(ChannelKind kind, String idName, String idValue) {
        return pool.preparedQuery("""
                select id, tenant_id, business_id from channel_connection
                where kind = $1 and (platform_ids::jsonb ->> $2) = $3
                order by (mode = 'LIVE') desc, created_at limit 1""")
                .execute(Tuple.of(kind.name(), idName, idValue))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(owner(rows.iterator().next())));
    }

    /** The owner of a connection of this kind, or null. */
    public Uni<Owner> byConnectionId(UUID connectionId, ChannelKind kind) {
        return pool.preparedQuery("select id, tenant_id, business_id from channel_connection where id = $1 and kind = $2")
                .execute(Tuple.of(connectionId, kind.name()))
                .map(rows -> rows.size() == 0 ? null : owner(rows.iterator().next()));
    }

    private static Owner owner(Row row) {
        return new Owner(row.getUUID("id"), row.getUUID("tenant_id"), row.getUUID("business_id"));
    }
}
