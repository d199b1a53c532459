package com.verticallight.platform.outbox;

import com.verticallight.i18n.Text;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

/** The caller's tenant's dead letters: listed newest first, and replayed (put back to PENDING with fresh attempts). */
@ApplicationScoped
public class DeadLetterService {

    private static final String COLUMNS = "id, topic, status, attempts, last_error, payload, created_at, dead_at";
    private static final String LIST = "select " + COLUMNS
            + " from outbox where tenant_id = $1 and status = 'DEAD' order by dead_at desc, id limit $2";
    private static final String REPLAY = """
            update outbox set status = 'PENDING', attempts = 0, next_attempt_at = null, dead_at = null,
                              claimed_by = null, claimed_until = null
            where tenant_id = $1 and id = $2 and status = 'DEAD'
            returning """ + " " + COLUMNS;
    private static final String FIND = "select " + COLUMNS + " from outbox where tenant_id = $1 and id = $2";

    private final Pool pool;
    private final CurrentTenant currentTenant;

    public DeadLetterService(Pool pool, CurrentTenant currentTenant) {
        this.pool = pool;
        this.currentTenant = currentTenant;
    }

    public Uni<List<DeadLetterView>> list(int limit) {
        return pool.preparedQuery(LIST).execute(Tuple.of(currentTenant.id(), limit)).map(rows -> {
            List<DeadLetterView> letters = new ArrayList<>();
            rows.forEach(row -> letters.add(view(row)));
            return letters;
        });
    }

    /** The event is PENDING again and the relay takes it at its next poll; 404 if unknown, 409 if not DEAD. */
    public Uni<DeadLetterView> replay(UUID id) {
        UUID tenant = currentTenant.id();
        return pool.preparedQuery(REPLAY).execute(Tuple.of(tenant, id)).chain(rows -> rows.size() > 0
                ? Uni.createFrom().item(view(rows.iterator().next()))
                : pool.preparedQuery(FIND).execute(Tuple.of(tenant, id)).map(found -> {
                    if (found.size() == 0) {
                        throw ProblemException.notFound("Dead letter");
                    }
                    throw ProblemException.conflict(Text.of("outbox.onlyDeadReplayed",
                            Map.of("status", found.iterator().next().getString("status"))));
                }));
    }

    private static DeadLetterView view(Row row) {
        return new DeadLetterView(row.getUUID("id"), row.getString("topic"), row.getString("status"),
                row.getInteger("attempts"), row.getString("last_error"), row.getString("payload"),
                instant(row.getOffsetDateTime("created_at")), instant(row.getOffsetDateTime("dead_at")));
    }

    private static java.time.Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
