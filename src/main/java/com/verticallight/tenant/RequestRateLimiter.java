package com.verticallight.tenant;

import com.verticallight.platform.db.RelaxedPool;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Requests per hour per tenant, counted in PostgreSQL: one atomic upsert per request on a fixed
 * one-hour window, so every instance of the service sees the same count and a restart loses nothing.
 */
@ApplicationScoped
public class RequestRateLimiter {

    private static final String HIT = """
            insert into rate_limit_window as w (tenant_id, window_start, request_count) values ($1, $2, 1)
            on conflict (tenant_id, window_start) do update set request_count = w.request_count + 1
            returning w.request_count,
                      (select p.max_api_requests_per_hour from tenant t join plan p on p.code = t.plan_code
                        where t.id = $1) as allowed""";

    private static final String COUNT = "select request_count from rate_limit_window where tenant_id = $1 and window_start = $2";

    @Inject
    Pool pool;

    @Inject
    RelaxedPool relaxed;

    @Inject
    Clock clock;

    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds) {
    }

    public Uni<Decision> hit(UUID tenantId) {
        Instant now = clock.instant();
        Instant window = windowStart(now);
        long secondsLeft = Math.max(1, Duration.between(now, window.plus(1, ChronoUnit.HOURS)).toSeconds());
        // relaxed: the tenant's window row is locked for the statement, not for a disk flush (every request of the
        // tenant updates it); a crash may forget a few counts of the hour
        return relaxed.pool().preparedQuery(HIT).execute(Tuple.of(tenantId, offset(window)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    long count = row.getLong("request_count");
                    long allowed = row.getLong("allowed");
                    return new Decision(count <= allowed, allowed, Math.max(0, allowed - count), secondsLeft);
                });
    }

    public Uni<Integer> requestsThisHour(UUID tenantId) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(tenantId, offset(windowStart(clock.instant()))))
                .map(rows -> rows.size() == 0 ? 0 : rows.iterator().next().getInteger("request_count"));
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldWindows() {
        Instant cutoff = windowStart(clock.instant()).minus(2, ChronoUnit.HOURS);
        return pool.preparedQuery("delete from rate_limit_window where window_start < $1")
                .execute(Tuple.of(offset(cutoff))).replaceWithVoid();
    }

    private static Instant windowStart(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
