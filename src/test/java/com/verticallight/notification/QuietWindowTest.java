package com.verticallight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.notification.Preferences.QuietHours;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietWindowTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final QuietHours NIGHT = new QuietHours(true, "22:00", "07:00");

    @Test
    void aNightWindowHoldsUntilTheMorningInThePersonsZone() {
        // 23:30 in Kolkata is 18:00 UTC: held until 07:00 Kolkata the next day (01:30 UTC)
        assertThat(QuietWindow.heldUntil(NIGHT, KOLKATA, Instant.parse("2026-12-07T18:00:00Z")))
                .isEqualTo(Instant.parse("2026-12-08T01:30:00Z"));
        // 05:00 in Kolkata, after midnight: held until 07:00 the same day
        assertThat(QuietWindow.heldUntil(NIGHT, KOLKATA, Instant.parse("2026-12-07T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-12-08T01:30:00Z"));
    }

    @Test
    void outsideTheWindowOrWithQuietHoursOffNothingIsHeld() {
        // 12:00 in Kolkata
        assertThat(QuietWindow.heldUntil(NIGHT, KOLKATA, Instant.parse("2026-12-07T06:30:00Z"))).isNull();
        // exactly 07:00: the window has ended
        assertThat(QuietWindow.heldUntil(NIGHT, KOLKATA, Instant.parse("2026-12-08T01:30:00Z"))).isNull();
        assertThat(QuietWindow.heldUntil(new QuietHours(false, "00:00", "23:59"), KOLKATA,
                Instant.parse("2026-12-07T06:30:00Z"))).isNull();
        assertThat(QuietWindow.heldUntil(null, KOLKATA, Instant.parse("2026-12-07T06:30:00Z"))).isNull();
    }

    @Test
    void aDaytimeWindowHoldsUntilItsEnd() {
        QuietHours lunch = new QuietHours(true, "13:00", "14:30");
        assertThat(QuietWindow.heldUntil(lunch, KOLKATA, Instant.parse("2026-12-07T08:00:00Z"))) // 13:30
                .isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void theNextDigestIsTodayIfItsTimeIsAheadElseTomorrow() {
        LocalTime eight = LocalTime.of(8, 0);
        assertThat(QuietWindow.next(eight, KOLKATA, Instant.parse("2026-12-07T00:00:00Z"))) // 05:30
                .isEqualTo(Instant.parse("2026-12-07T02:30:00Z"));
        assertThat(QuietWindow.next(eight, KOLKATA, Instant.parse("2026-12-07T02:30:00Z"))) // exactly 08:00
                .isEqualTo(Instant.parse("2026-12-08T02:30:00Z"));
    }
}
