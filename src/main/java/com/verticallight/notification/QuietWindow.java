package com.verticallight.notification;

import com.verticallight.notification.Preferences.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Local-time windows: when quiet hours end, when the next digest is due. */
final class QuietWindow {

    private QuietWindow() {
    }

    /** The end of the quiet window {@code now} falls in, or null when it is not quiet. */
    static Instant heldUntil(QuietHours quiet, ZoneId zone, Instant now) {
        if (quiet == null || !Boolean.TRUE.equals(quiet.enabled())) {
            return null;
        }
        LocalTime start = LocalTime.parse(quiet.start());
        LocalTime end = LocalTime.parse(quiet.end());
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean inside = start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : start.isAfter(end) && (!time.isBefore(start) || time.isBefore(end));
        if (!inside) {
            return null;
        }
        ZonedDateTime until = local.with(end).withSecond(0).withNano(0);
        return (until.isAfter(local) ? until : until.plusDays(1)).toInstant();
    }

    /** The next moment at this local time, after now. */
    static Instant next(LocalTime time, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime at = local.with(time).withSecond(0).withNano(0);
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }
}
