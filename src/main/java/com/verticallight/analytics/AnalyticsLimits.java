package com.verticallight.analytics;

import com.verticallight.platform.problem.PlanLimitExceeded;
import com.verticallight.tenant.LimitNotices;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The plan's analytics limits, as data: trainings per day (analytics_plan_limit), counted per UTC day (predictions per
 * day are checked with the model lookup, {@link PredictionStore}); a request beyond them answers 403 naming the limit, and the owners
 * hear of it once per limit and UTC day ({@link LimitNotices}).
 */
@ApplicationScoped
public class AnalyticsLimits {

    private static final String PLAN = """
            select p.code, p.max_predictions_per_day, coalesce(l.trainings_per_day, 0) as trainings_per_day
            from tenant t join plan p on p.code = t.plan_code left join analytics_plan_limit l on l.plan_code = p.code
            where t.id = $1""";

    private final Pool pool;
    private final Clock clock;
    private final LimitNotices notices;

    public AnalyticsLimits(Pool pool, Clock clock, LimitNotices notices) {
        this.pool = pool;
        this.clock = clock;
        this.notices = notices;
    }

    /** Room for one more training today, else 403 trainings_per_day. */
    public Uni<Void> requireTraining(UUID tenantId) {
        return plan(tenantId).chain(plan -> count("select count(*) from analytics_model_version "
                + "where tenant_id = $1 and created_at >= $2", tenantId)
                .chain(count -> require(tenantId, "trainings_per_day", count + 1, plan.getInteger("trainings_per_day"),
                        plan.getString("code"))));
    }

    private Uni<Void> require(UUID tenantId, String limit, long wanted, long allowed, String plan) {
        if (wanted <= allowed) {
            return Uni.createFrom().voidItem();
        }
        return notices.reached(tenantId, limit, allowed, plan)
                .chain(() -> Uni.createFrom().failure(new PlanLimitExceeded(limit, allowed, plan)));
    }

    private Uni<Row> plan(UUID tenantId) {
        return pool.preparedQuery(PLAN).execute(Tuple.of(tenantId)).map(rows -> rows.iterator().next());
    }

    private Uni<Long> count(String sql, UUID tenantId) {
        var startOfDay = LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().atOffset(ZoneOffset.UTC);
        return pool.preparedQuery(sql).execute(Tuple.of(tenantId, startOfDay))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
