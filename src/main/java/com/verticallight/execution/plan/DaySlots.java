package com.verticallight.execution.plan;

import com.verticallight.business.CategoryConfig;
import com.verticallight.business.PostingWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;

/** When a business's day runs, in its own time zone. One run a day: the slot "day". */
public final class DaySlots {

    public static final String SLOT = "day";
    static final LocalTime FALLBACK = LocalTime.of(9, 0);

    private DaySlots() {
    }

    /** The owner's run time, or the start of the earliest posting window, or 09:00. */
    public static LocalTime runTime(LocalTime chosen, CategoryConfig config) {
        if (chosen != null) {
            return chosen;
        }
        if (config == null || config.postingWindows() == null || config.postingWindows().isEmpty()) {
            return FALLBACK;
        }
        return config.postingWindows().stream().map(PostingWindow::start).min(Comparator.naturalOrder())
                .orElse(FALLBACK);
    }

    /** The instant of the run on this local date (a time that a DST gap skips moves forward). */
    public static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    /** The first local date whose run is after now. */
    public static LocalDate next(Instant now, LocalTime time, ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        return at(today, time, zone).isAfter(now) ? today : today.plusDays(1);
    }

    /** The last local date whose run is at or before now. */
    public static LocalDate latestDue(Instant now, LocalTime time, ZoneId zone) {
        return next(now, time, zone).minusDays(1);
    }

    public static String jobKey(java.util.UUID businessId, LocalDate date) {
        return "day:" + businessId + ":" + date + ":" + SLOT;
    }

    public static String correlation(java.util.UUID businessId) {
        return "day:" + businessId;
    }
}
