package com.verticallight.tenant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each tenant's weight in the fair share of an instance's concurrent work, from its plan
 * ({@code plan.concurrency_weight}). Read once and kept for a minute, so a plan change applies within a minute; the
 * limiters read {@link #weight} without waiting, after {@link #load} made it known.
 */
@ApplicationScoped
public class ConcurrencyWeights {

    static final Duration KEPT = Duration.ofMinutes(1);
    private static final String READ = """
            select p.concurrency_weight from tenant t join plan p on p.code = t.plan_code where t.id = $1""";

    private record Kept(int weight, long until) {
    }

    private final Pool pool;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    public ConcurrencyWeights(Pool pool) {
        this.pool = pool;
    }

    /** The tenant's weight, read from its plan unless read within the last minute. */
    public Uni<Integer> load(UUID tenantId) {
        Kept known = kept.get(tenantId);
        long now = System.nanoTime();
        if (known != null && now - known.until() < 0) {
            return Uni.createFrom().item(known.weight());
        }
        return pool.preparedQuery(READ).execute(Tuple.of(tenantId)).map(rows -> {
            int weight = rows.size() == 0 ? 1 : Math.max(1, rows.iterator().next().getInteger(0));
            kept.put(tenantId, new Kept(weight, now + KEPT.toNanos()));
            return weight;
        });
    }

    /** The weight last read for the tenant; 1 when never read. */
    public int weight(UUID tenantId) {
        Kept known = kept.get(tenantId);
        return known == null ? 1 : known.weight();
    }
}
