package com.verticallight.channel.connection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;

/** Records what platform calls reveal about a connection (token expired, failing, fine again). */
@ApplicationScoped
public class ConnectionHealth {

    private static final String UPDATE = """
            update channel_connection set status = $2, last_error = $3, last_checked_at = $4
            where id = $1 and (status <> $2 or coalesce(last_error, '') <> coalesce($3, ''))""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    public Uni<Void> record(UUID connectionId, ConnectionStatus status, String error) {
        return pool.preparedQuery(UPDATE)
                .execute(Tuple.of(connectionId, status.name(), error, clock.instant().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
