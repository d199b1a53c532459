package com.verticallight.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.appointment.ReminderSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentScheduleTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    private static Instant tenAm(int day) {
        return LocalDate.of(2026, 3, day).atTime(10, 0).atZone(KOLKATA).toInstant();
    }

    @Test
    void threeDaysBeforeOnTheDayThenEveryThreeDaysAtMostFive() {
        assertThat(PaymentSchedule.times(DUE, ReminderSchedule.DEFAULT, KOLKATA, Instant.parse("2026-03-01T00:00:00Z")))
                .containsExactly(tenAm(17), tenAm(20), tenAm(23), tenAm(26), tenAm(29));
    }

    @Test
    void pastTimesAreSkippedAndTheCountIsOfThoseToCome() {
        assertThat(PaymentSchedule.times(DUE, ReminderSchedule.DEFAULT, KOLKATA, tenAm(20)))
                .containsExactly(tenAm(23), tenAm(26), tenAm(29), tenAm(29).plusSeconds(3 * 86400),
                        tenAm(29).plusSeconds(6 * 86400));
    }

    @Test
    void noDaysBeforeStartsOnTheDueDateAtTheChosenTime() {
        ReminderSchedule timing = new ReminderSchedule(List.of(), 0, 7, 2, LocalTime.of(18, 30));
        assertThat(PaymentSchedule.times(DUE, timing, KOLKATA, Instant.parse("2026-03-01T00:00:00Z")))
                .containsExactly(DUE.atTime(18, 30).atZone(KOLKATA).toInstant(),
                        DUE.plusDays(7).atTime(18, 30).atZone(KOLKATA).toInstant());
    }

    @Test
    void amountsReadInMajorUnits() {
        assertThat(PaymentReminderJob.amount(150000, "INR", java.util.Locale.ENGLISH)).isEqualTo("₹1,500");
        assertThat(PaymentReminderJob.amount(500, "JPY", java.util.Locale.ENGLISH)).isEqualTo("¥500");
    }
}
