package com.verticallight.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final Instant START = Instant.parse("2026-03-14T09:30:00Z");

    @Test
    void defaultsAre24AndTwoHoursBefore() {
        assertThat(ReminderSchedule.DEFAULT.appointmentReminders(START, Instant.parse("2026-03-10T00:00:00Z")))
                .extracting(ReminderSchedule.Reminder::runAt)
                .containsExactly(Instant.parse("2026-03-13T09:30:00Z"), Instant.parse("2026-03-14T07:30:00Z"));
    }

    @Test
    void offsetsAlreadyPastAreSkippedAndRepeatsIgnored() {
        ReminderSchedule timing = new ReminderSchedule(List.of(1440, 120, 120, 30), 3, 3, 5, LocalTime.NOON);
        assertThat(timing.appointmentReminders(START, Instant.parse("2026-03-14T07:30:00Z")))
                .extracting(ReminderSchedule.Reminder::offsetMinutes).containsExactly(30);
    }

    @Test
    void localTimesAreTheBusinesssZoneAndLanguage() {
        java.time.ZoneId kolkata = java.time.ZoneId.of("Asia/Kolkata");
        assertThat(LocalTimes.dateTime(START, kolkata, "en-IN")).isEqualTo("14 Mar 2026, 15:00");
        assertThat(LocalTimes.dateTime(START, java.time.ZoneId.of("UTC"), "en")).isEqualTo("14 Mar 2026, 09:30");
        assertThat(LocalTimes.languageCode("hi-IN")).isEqualTo("hi");
        assertThat(LocalTimes.languageCode(null)).isEqualTo("en");
    }

    @Test
    void settingsOutOfRangeNameTheirField() {
        assertThat(ReminderSettings.check(new ReminderSchedule(List.of(0), -1, 0, 31, null)))
                .extracting(e -> e.field())
                .containsExactly("appointmentOffsetsMinutes", "paymentDaysBefore", "paymentEveryDays",
                        "paymentMaxReminders", "paymentSendTime");
        assertThat(ReminderSettings.check(ReminderSchedule.DEFAULT)).isEmpty();
    }
}
