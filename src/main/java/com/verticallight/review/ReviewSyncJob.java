package com.verticallight.review;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads a business's reviews on its own schedule, then schedules the next run (none once the business is gone). */
@ApplicationScoped
public class ReviewSyncJob implements JobHandler {

    @Inject
    ReviewSync sync;

    @Inject
    ReviewSyncSchedule schedule;

    @Override
    public String kind() {
        return ReviewSyncSchedule.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        ReviewSyncSchedule.Payload payload = JsonText.read(job.payload(), ReviewSyncSchedule.Payload.class);
        return sync.run(payload.businessId()).chain(result -> result == null ? Uni.createFrom().voidItem()
                : Panache.withTransaction(() -> schedule.next(payload.businessId(), payload.everyHours())));
    }
}
