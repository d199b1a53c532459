package com.verticallight.i18n;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A moment to show an owner as a date and time written their language's way (7 दिस॰ 2026, 8:34 pm), in a time
 * zone when the caller knows one (the business's), else in UTC with the zone named (7 Dec 2026, 8:34 pm UTC).
 * Kept in JSON as {"instant": "2026-12-07T20:34:00Z", "zone": "Asia/Kolkata"} (no "zone" when none is known).
 *
 * @param zone the zone to show it in, or null for UTC named
 */
public record Moment(Instant instant, ZoneId zone) {

    public Moment {
        java.util.Objects.requireNonNull(instant, "instant");
    }

    /** A moment with no known zone: shown in UTC, with the zone named. */
    public static Moment of(Instant instant) {
        return new Moment(instant, null);
    }

    public static Moment in(Instant instant, ZoneId zone) {
        return new Moment(instant, zone);
    }
}
