package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.business.BusinessListener;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps every business's next day run on the job table: scheduled with the business (in its transaction), moved
 * when the profile or the day settings change, and restored by a periodic check for any business that has
 * none (a run whose job failed for good, or businesses created before this feature).
 */
@ApplicationScoped
public class DayScheduleKeeper implements BusinessListener {

    private static final Logger LOG = Logger.getLogger(DayScheduleKeeper.class);
    /** Businesses without a pending or running day job; one query over all tenants, like the job claim. */
    private static final String WITHOUT_NEXT_RUN = """
            select b.tenant_id, b.id from business b
            where not exists (select 1 from job j where j.tenant_id = b.tenant_id and j.correlation = 'day:' || b.id
                              and j.status in ('PENDING', 'RUNNING'))
              and not exists (select 1 from daily_plan_setting s where s.business_id = b.id and s.paused)
            limit 500""";

    @Inject
    DaySettingRepository settings;

    @Inject
    DaySchedule schedule;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    com.verticallight.business.BusinessRepository businesses;

    @Inject
    Pool pool;

    @Override
    public Uni<Void> saved(Business business) {
        return settings.first("businessId = :businessId", Map.of("businessId", business.id))
                .chain(setting -> schedule.ensureNext(business, setting)).replaceWithVoid();
    }

    @Scheduled(every = "${vlos.day-plan.keeper:10m}", delayed = "${vlos.day-plan.keeper-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return restoreMissing().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "Could not check the businesses' day schedules"))
                .onFailure().recoverWithNull();
    }

    /** Schedules the next run of each business that has none; returns how many. */
    public Uni<Integer> restoreMissing() {
        return pool.preparedQuery(WITHOUT_NEXT_RUN).execute().chain(rows -> {
            List<Row> found = new java.util.ArrayList<>();
            rows.forEach(found::add);
            return Multi.createFrom().iterable(found)
                    .onItem().transformToUniAndConcatenate(row -> restore(row.getUUID("tenant_id"), row.getUUID("id")))
                    .collect().asList().map(List::size);
        });
    }

    private Uni<Void> restore(UUID tenantId, UUID businessId) {
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(() -> businesses.findById(businessId)
                .chain(business -> business == null ? Uni.createFrom().voidItem() : saved(business))))
                .onFailure().invoke(e -> LOG.warnf("Could not schedule the day of business %s: %s", businessId,
                        e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
