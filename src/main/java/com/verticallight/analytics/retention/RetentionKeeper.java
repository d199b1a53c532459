package com.verticallight.analytics.retention;

import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes sure every tenant with analytics models has its next daily purge on the job table (tenants whose models
 * predate the purge, and any whose chain of daily jobs broke). Creating a model schedules the first one.
 */
@ApplicationScoped
public class RetentionKeeper {

    private static final Logger LOG = Logger.getLogger(RetentionKeeper.class);
    /** One query over all tenants, like the job claim. */
    private static final String WITHOUT_NEXT = """
            select distinct m.tenant_id from analytics_model m
            where not exists (select 1 from job j where j.tenant_id = m.tenant_id
                              and j.correlation = 'analytics-purge' and j.status in ('PENDING', 'RUNNING'))
            limit 500""";

    private final Pool pool;
    private final CurrentTenant currentTenant;
    private final RetentionPurge purge;

    public RetentionKeeper(Pool pool, CurrentTenant currentTenant, RetentionPurge purge) {
        this.pool = pool;
        this.currentTenant = currentTenant;
        this.purge = purge;
    }

    @Scheduled(every = "${vlos.analytics.purge-keeper:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return restoreMissing().replaceWithVoid()
                .onFailure().invoke(e -> LOG.warnf(e, "Could not check the analytics purge jobs"))
                .onFailure().recoverWithNull();
    }

    /** Schedules the next purge of each tenant with models that has none; returns how many. */
    public Uni<Integer> restoreMissing() {
        return pool.preparedQuery(WITHOUT_NEXT).execute().chain(rows -> {
            List<UUID> tenants = new ArrayList<>();
            rows.forEach(row -> tenants.add(row.getUUID("tenant_id")));
            return Multi.createFrom().iterable(tenants)
                    .onItem().transformToUniAndConcatenate(tenant -> currentTenant.runAs(tenant,
                            () -> Panache.withTransaction(purge::scheduleNext))
                            .onFailure().invoke(e -> LOG.warnf("Could not schedule the analytics purge of tenant %s: %s",
                                    tenant, e.getMessage()))
                            .onFailure().recoverWithNull())
                    .collect().asList().map(List::size);
        });
    }
}
