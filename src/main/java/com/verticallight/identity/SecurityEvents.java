package com.verticallight.identity;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Security notices for a tenant's owners (e.g. a sign-in locked after repeated wrong passwords). */
@ApplicationScoped
public class SecurityEvents {

    public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

    @Schema(name = "SecurityEvent", description = "Something an owner should know about the account's security")
    public record SecurityEvent(UUID id, UUID userId, String kind, String detail, String clientIp, Instant createdAt) {
    }

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    public Uni<Void> record(UUID tenantId, UUID userId, String kind, String detail, String clientIp) {
        return pool.preparedQuery("""
                insert into security_event (id, tenant_id, user_id, kind, detail, client_ip, created_at)
                values ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.from(List.of(UUID.randomUUID(), tenantId, userId, kind, detail,
                        clientIp == null ? "unknown" : clientIp, clock.instant().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /** The tenant's latest notices, newest first. */
    public Uni<List<SecurityEvent>> latest(UUID tenantId, int limit) {
        return pool.preparedQuery("""
                select id, user_id, kind, detail, client_ip, created_at from security_event
                where tenant_id = $1 order by created_at desc limit $2""")
                .execute(Tuple.of(tenantId, limit))
                .map(rows -> {
                    List<SecurityEvent> events = new ArrayList<>();
                    for (Row row : rows) {
                        events.add(new SecurityEvent(row.getUUID("id"), row.getUUID("user_id"), row.getString("kind"),
                                row.getString("detail"), row.getString("client_ip"),
                                row.getOffsetDateTime("created_at").toInstant()));
                    }
                    return events;
                });
    }
}
