package com.verticallight.tenant;

import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A plan limit the tenant ran into becomes the event {@value #TOPIC} once per limit and UTC day (the notification
 * centre tells the owners, BILLING), whatever the number of refusals. Written on its own transaction: the refused
 * change rolls back, the notice stays. A failure here is logged and never changes the caller's answer.
 */
@ApplicationScoped
public class LimitNotices {

    public static final String TOPIC = "plan.limit_reached";
    private static final Logger LOG = Logger.getLogger(LimitNotices.class);

    private final Pool pool;
    private final Clock clock;

    public LimitNotices(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<Void> reached(UUID tenantId, String limit, long allowed, String plan) {
        Instant now = clock.instant();
        return pool.withTransaction(c -> c.preparedQuery("""
                        insert into plan_limit_notice (tenant_id, limit_name, day, created_at) values ($1, $2, $3, $4)
                        on conflict do nothing""")
                .execute(Tuple.of(tenantId, limit, now.atOffset(ZoneOffset.UTC).toLocalDate(), now.atOffset(ZoneOffset.UTC)))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : Outbox.add(c, tenantId, TOPIC, JsonText.write(Outbox.payload("limit", limit, "allowed", allowed,
                                "plan", plan)), now)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf(failure, "Could not record that tenant %s reached its %s limit", tenantId, limit);
                    return null;
                });
    }
}
