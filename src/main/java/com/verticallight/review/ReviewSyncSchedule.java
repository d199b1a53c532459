package com.verticallight.review;

import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** The durable jobs of each business's review sync: one pending run at a time. Joins the caller's transaction. */
@ApplicationScoped
public class ReviewSyncSchedule {

    public static final String KIND = "review.sync";

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    record Payload(UUID businessId, int everyHours) {
    }

    /** Replaces the pending run: the next one in that many hours, or none when null. */
    public Uni<Void> reschedule(UUID businessId, Integer everyHours) {
        Uni<Integer> cancelled = jobs.cancelAll(correlation(businessId));
        return everyHours == null ? cancelled.replaceWithVoid()
                : cancelled.chain(() -> next(businessId, everyHours));
    }

    Uni<Void> next(UUID businessId, int everyHours) {
        Instant at = clock.instant().plus(Duration.ofHours(everyHours));
        return jobs.schedule(new JobRequest(KIND, JsonText.write(new Payload(businessId, everyHours)), at,
                "review-sync:" + businessId + ":" + at.toEpochMilli(), correlation(businessId), null)).replaceWithVoid();
    }

    static String correlation(UUID businessId) {
        return "review-sync:" + businessId;
    }
}
