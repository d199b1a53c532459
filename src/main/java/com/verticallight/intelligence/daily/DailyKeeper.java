package com.verticallight.intelligence.daily;

import com.verticallight.business.BusinessRepository;
import com.verticallight.job.Job;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes sure every business has its next daily refresh on the job table: a periodic check schedules one for each
 * business without a pending or running one (new businesses, and any whose chain of daily jobs broke).
 */
@ApplicationScoped
public class DailyKeeper {

    private static final Logger LOG = Logger.getLogger(DailyKeeper.class);
    /** One query over all tenants, like the job claim. */
    private static final String WITHOUT_NEXT = """
            select b.tenant_id, b.id from business b
            where not exists (select 1 from job j where j.tenant_id = b.tenant_id
                              and j.correlation = 'intel-day:' || b.id and j.status in ('PENDING', 'RUNNING'))
            limit 500""";

    @Inject
    DailySchedule schedule;

    @Inject
    BusinessRepository businesses;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Pool pool;

    @Scheduled(every = "${vlos.intelligence.daily.keeper:10m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return restoreMissing().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "Could not check the daily intelligence jobs"))
                .onFailure().recoverWithNull();
    }

    /** Schedules the next refresh of each business that has none; returns how many. */
    public Uni<Integer> restoreMissing() {
        return pool.preparedQuery(WITHOUT_NEXT).execute().chain(rows -> {
            List<Row> found = new ArrayList<>();
            rows.forEach(found::add);
            return Multi.createFrom().iterable(found)
                    .onItem().transformToUniAndConcatenate(row -> restore(row.getUUID("tenant_id"), row.getUUID("id"))
                            .onFailure().invoke(e -> LOG.warnf("Could not schedule the daily intelligence of business "
                                    + "%s: %s", row.getUUID("id"), e.getMessage()))
                            .onFailure().recoverWithNull())
                    .collect().asList().map(List::size);
        });
    }

    /** Schedules one business's next refresh; returns its job, or null when the business is gone. */
    public Uni<Job> restore(UUID tenantId, UUID businessId) {
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(() -> businesses.findById(businessId)
                .chain(business -> business == null ? Uni.createFrom().nullItem() : schedule.ensureNext(business))));
    }
}
