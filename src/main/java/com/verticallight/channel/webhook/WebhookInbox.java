package com.verticallight.channel.webhook;

import com.verticallight.platform.outbox.Outbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Stores webhook events raw and, for each one not seen before, an outbox row, in one transaction: an event
 * delivered three times is stored and processed once, and nothing stored is lost if processing fails.
 */
@ApplicationScoped
public class WebhookInbox {

    private static final String STORE = """
            insert into webhook_event (id, tenant_id, source, external_id, event_type, payload, received_at)
            values ($1, $2, $3, $4, $5, $6, $7)
            on conflict (source, external_id) do nothing
            returning id""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    /** Returns how many of the events were new. */
    public Uni<Integer> accept(List<InboundEvent> events) {
        Instant now = clock.instant();
        return pool.withTransaction(connection -> Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> store(connection, event, now))
                .collect().asList()
                .map(stored -> (int) stored.stream().filter(Boolean::booleanValue).count()));
    }

    private Uni<Boolean> store(SqlConnection connection, InboundEvent event, Instant now) {
        Tuple values = Tuple.tuple().addUUID(UUID.randomUUID()).addUUID(event.tenantId()).addString(event.source())
                .addString(event.externalId()).addString(event.eventType()).addString(event.payload())
                .addValue(now.atOffset(ZoneOffset.UTC));
        return connection.preparedQuery(STORE).execute(values).chain(rows -> rows.size() == 0
                ? Uni.createFrom().item(false)
                : Outbox.add(connection, event.tenantId(), event.source().toLowerCase() + "." + event.eventType(),
                        event.payload(), now).replaceWith(true));
    }
}
