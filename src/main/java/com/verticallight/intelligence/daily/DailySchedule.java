package com.verticallight.intelligence.daily;

import com.verticallight.business.Business;
import com.verticallight.job.Job;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.JobStatus;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One "intelligence.daily" job per business and local date, keyed business + date: scheduling the same day twice
 * gives the same job, so a day is refreshed once however often the keeper or a retried job asks. Joins the caller's
 * transaction.
 */
@ApplicationScoped
public class DailySchedule {

    public static final String KIND = "intelligence.daily";

    @Inject
    JobScheduler jobs;

    @Inject
    DailyConfig config;

    @Inject
    Clock clock;

    static String correlation(UUID businessId) {
        return "intel-day:" + businessId;
    }

    static String key(UUID businessId, LocalDate date) {
        return "intel-day:" + businessId + ":" + date;
    }

    /** Today's refresh (at once when its time has passed), or tomorrow's when today's already ran. */
    public Uni<Job> ensureNext(Business business) {
        ZoneId zone = ZoneId.of(business.timeZone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return schedule(business.id, today, zone).chain(job -> job.status == JobStatus.PENDING
                || job.status == JobStatus.RUNNING ? Uni.createFrom().item(job)
                : schedule(business.id, today.plusDays(1), zone));
    }

    /** The refresh of a date at the configured local time, or now if that time has passed. */
    public Uni<Job> schedule(UUID businessId, LocalDate date, ZoneId zone) {
        Instant at = date.atTime(config.runTime()).atZone(zone).toInstant();
        Instant now = clock.instant();
        return jobs.schedule(new JobRequest(KIND, JsonText.write(new DailyPayload(businessId, date)),
                at.isBefore(now) ? now : at, key(businessId, date), correlation(businessId), null));
    }
}
