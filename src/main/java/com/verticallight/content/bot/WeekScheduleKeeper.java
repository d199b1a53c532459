package com.verticallight.content.bot;

import com.verticallight.business.BusinessRepository;
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
 * Keeps a pending "content.week" job for every business with weekly content on: the settings place the first, each
 * run the next; this periodic check restores one that is missing (a job that failed for good).
 */
@ApplicationScoped
public class WeekScheduleKeeper {

    private static final Logger LOG = Logger.getLogger(WeekScheduleKeeper.class);
    /** One query over all tenants, like the job claim. */
    private static final String WITHOUT_NEXT_WEEK = """
            select s.tenant_id, s.business_id from content_bot_setting s
            where s.weekly_content
              and not exists (select 1 from job j where j.tenant_id = s.tenant_id
                              and j.correlation = 'content-week:' || s.business_id
                              and j.status in ('PENDING', 'RUNNING'))
            limit 500""";

    @Inject
    Pool pool;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    BusinessRepository businesses;

    @Inject
    WeekSchedule schedule;

    @Scheduled(every = "${vlos.content.week-keeper:1h}", delayed = "${vlos.content.week-keeper-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return restoreMissing().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "Could not check the businesses' content weeks"))
                .onFailure().recoverWithNull();
    }

    /** Places the next week's job of each business that has none; returns how many. */
    public Uni<Integer> restoreMissing() {
        return pool.preparedQuery(WITHOUT_NEXT_WEEK).execute().chain(rows -> {
            List<Row> found = new ArrayList<>();
            rows.forEach(found::add);
            return Multi.createFrom().iterable(found)
                    .onItem().transformToUniAndConcatenate(row -> restore(row.getUUID("tenant_id"),
                            row.getUUID("business_id")))
                    .collect().asList().map(List::size);
        });
    }

    private Uni<Void> restore(UUID tenantId, UUID businessId) {
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(() -> businesses.findById(businessId)
                        .chain(business -> business == null ? Uni.createFrom().voidItem()
                                : schedule.ensureNext(business))))
                .onFailure().invoke(e -> LOG.warnf("Could not schedule the content week of business %s: %s",
                        businessId, e.getMessage()))
                .onFailure().recoverWithNull();
    }
}
