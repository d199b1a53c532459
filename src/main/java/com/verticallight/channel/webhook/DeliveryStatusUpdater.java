package com.verticallight.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * Moves a delivery forward as the platform reports it: SENT → DELIVERED → READ, or FAILED. Statuses can
 * arrive late or out of order; a delivery never moves backwards (a late "delivered" after "read" is ignored).
 */
@ApplicationScoped
public class DeliveryStatusUpdater {

    private static final String ADVANCE = """
            update delivery set status = $3, updated_at = $4,
                   error_code = coalesce($5, error_code), error_message = coalesce($6, error_message)
            where tenant_id = $1 and platform_id = $2 and status in ('SENT', 'DELIVERED', 'READ')
              and (case status when 'SENT' then 1 when 'DELIVERED' then 2 when 'READ' then 3 end)
                < (case $3 when 'DELIVERED' then 2 when 'READ' then 3 when 'FAILED' then 9 else 0 end)""";

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    /** A WhatsApp status object: {"id","status":"sent|delivered|read|failed","errors":[{"code","title"}]}. */
    public Uni<Void> applyWhatsApp(UUID tenantId, JsonNode status) {
        String state = status.path("status").asText().toUpperCase(Locale.ROOT);
        JsonNode error = status.path("errors").path(0);
        return advance(tenantId, status.path("id").asText(), state,
                error.isMissingNode() ? null : error.path("code").asText(),
                error.isMissingNode() ? null : error.path("title").asText());
    }

    public Uni<Void> advance(UUID tenantId, String platformId, String state, String errorCode, String errorMessage) {
        return pool.preparedQuery(ADVANCE)
                .execute(Tuple.tuple().addUUID(tenantId).addString(platformId).addString(state)
                        .addValue(clock.instant().atOffset(ZoneOffset.UTC)).addString(errorCode).addString(errorMessage))
                .replaceWithVoid();
    }
}
