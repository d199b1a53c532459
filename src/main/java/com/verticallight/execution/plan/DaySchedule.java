package com.verticallight.execution.plan;

import com.verticallight.business.Business;
import com.verticallight.job.Job;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Keeps each business's next day run on the job table: one pending "day.run" job keyed business + date + slot.
 * Joins the caller's transaction, so a business and its first run are committed together.
 */
@ApplicationScoped
public class DaySchedule {

    public static final String KIND = "day.run";

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    /** Schedules (or moves) the next run; a paused business has none. Returns the pending job, or null. */
    public Uni<Job> ensureNext(Business business, DaySetting setting) {
        Instant now = clock.instant();
        String correlation = DaySlots.correlation(business.id);
        if (setting != null && setting.paused) {
            return jobs.cancelLater(correlation, now.minusSeconds(1), "").replaceWith((Job) null);
        }
        ZoneId zone = ZoneId.of(business.timeZone);
        LocalTime time = DaySlots.runTime(setting == null ? null : setting.runTime, business.categoryConfig);
        LocalDate date = DaySlots.next(now, time, zone);
        return schedule(business.id, date, time, zone).chain(job -> job.status == com.verticallight.job.JobStatus.PENDING
                ? Uni.createFrom().item(job)
                // that day already ran (the run time moved later after today's run): the next day then
                : schedule(business.id, date.plusDays(1), time, zone))
                .call(job -> jobs.cancelLater(correlation, now, job.idempotencyKey));
    }

    /** The day run for a date, due now: the catch-up of a day missed while the service was down. */
    public Uni<Job> catchUp(UUID businessId, LocalDate date) {
        return jobs.schedule(new JobRequest(KIND, JsonText.write(new DayRunPayload(businessId, date, false)),
                clock.instant(), DaySlots.jobKey(businessId, date), DaySlots.correlation(businessId), null));
    }

    /** A run the owner asked for now; its key makes a double click one run. */
    public Uni<Job> runNow(UUID businessId, LocalDate date) {
        Instant now = clock.instant();
        String key = "day-now:" + businessId + ":" + date + ":" + now.getEpochSecond();
        return jobs.schedule(new JobRequest(KIND, JsonText.write(new DayRunPayload(businessId, date, true)), now, key,
                "day-now:" + businessId, 3));
    }

    private Uni<Job> schedule(UUID businessId, LocalDate date, LocalTime time, ZoneId zone) {
        return jobs.reschedule(new JobRequest(KIND, JsonText.write(new DayRunPayload(businessId, date, false)),
                DaySlots.at(date, time, zone), DaySlots.jobKey(businessId, date), DaySlots.correlation(businessId), null));
    }
}
