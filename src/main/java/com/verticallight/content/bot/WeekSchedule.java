package com.verticallight.content.bot;

import com.verticallight.business.Business;
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
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

/**
 * One durable "content.week" job per business and ISO week (key business + week): it prepares the week on the
 * Thursday before, 10:00 in the business's time zone, so the owner has days to approve. Each run places the next
 * week's job; the keeper restores a missing one. Joins the caller's transaction.
 */
@ApplicationScoped
public class WeekSchedule {

    public static final String KIND = "content.week";
    static final int DAYS_BEFORE = 4;
    static final LocalTime AT = LocalTime.of(10, 0);

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    public record Payload(UUID businessId, String isoWeek) {
    }

    /** The job of the week after the current one (local to the business). */
    Uni<Void> ensureNext(Business business) {
        LocalDate today = clock.instant().atZone(ZoneId.of(business.timeZone)).toLocalDate();
        return schedule(business, today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).plusWeeks(1));
    }

    /** The job that prepares the week starting on monday; due now when its time has passed. */
    Uni<Void> schedule(Business business, LocalDate monday) {
        String week = WeekSlots.isoWeek(monday);
        Instant due = ZonedDateTime.of(monday.minusDays(DAYS_BEFORE), AT, ZoneId.of(business.timeZone)).toInstant();
        Instant now = clock.instant();
        return jobs.schedule(new JobRequest(KIND, JsonText.write(new Payload(business.id, week)),
                due.isBefore(now) ? now : due, "content-week:" + business.id + ":" + week, correlation(business.id),
                null)).replaceWithVoid();
    }

    Uni<Integer> stop(UUID businessId) {
        return jobs.cancelAll(correlation(businessId));
    }

    static String correlation(UUID businessId) {
        return "content-week:" + businessId;
    }
}
