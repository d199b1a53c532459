package com.verticallight.workflow.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void plainWordsBecomeCronLines() {
        assertThat(Schedule.parse("every Monday 9 am").cron()).isEqualTo("0 9 * * 1");
        assertThat(Schedule.parse("Every monday at 09:00").cron()).isEqualTo("0 9 * * 1");
        assertThat(Schedule.parse("every day at 18:30").cron()).isEqualTo("30 18 * * *");
        assertThat(Schedule.parse("every weekday at 9:00").cron()).isEqualTo("0 9 * * 1-5");
        assertThat(Schedule.parse("every sunday at 12 pm").cron()).isEqualTo("0 12 * * 0");
        assertThat(Schedule.parse("every day at 12 am").cron()).isEqualTo("0 0 * * *");
        assertThat(Schedule.parse("every 2 hours").cron()).isEqualTo("0 */2 * * *");
        assertThat(Schedule.parse("every hour").cron()).isEqualTo("0 * * * *");
        assertThat(Schedule.parse("every 15 minutes").cron()).isEqualTo("*/15 * * * *");
        assertThat(Schedule.parse("0 9 * * 1-5").cron()).isEqualTo("0 9 * * 1-5");
    }

    @Test
    void badTextsSayWhatIsWrong() {
        assertThatThrownBy(() -> Schedule.parse("every blue moon")).hasMessageContaining("not understood");
        assertThatThrownBy(() -> Schedule.parse("every funday 9 am")).hasMessageContaining("no day of the week");
        assertThatThrownBy(() -> Schedule.parse("every day at 13 pm")).hasMessageContaining("1-12");
        assertThatThrownBy(() -> Schedule.parse("every 7 hours")).hasMessageContaining("divide the day");
        assertThatThrownBy(() -> Schedule.parse("every 2 minutes")).hasMessageContaining("at least 5");
        assertThatThrownBy(() -> Schedule.parse("61 9 * * *")).hasMessageContaining("cron");
        assertThatThrownBy(() -> Schedule.parse("0 9 * *")).hasMessageContaining("5-field");
        assertThatThrownBy(() -> Schedule.parse(" ")).hasMessageContaining("required");
    }

    @Test
    void nextAndLastTimesAreLocalTimesOfTheZone() {
        Schedule monday = Schedule.parse("every Monday 9 am");
        // Monday 2026-12-07 08:00 in Kolkata is 02:30 UTC
        Instant before = Instant.parse("2026-12-07T02:30:00Z");
        assertThat(monday.nextAfter(before, KOLKATA)).isEqualTo(Instant.parse("2026-12-07T03:30:00Z"));
        assertThat(monday.nextAfter(Instant.parse("2026-12-07T03:30:00Z"), KOLKATA))
                .isEqualTo(Instant.parse("2026-12-14T03:30:00Z"));
        assertThat(monday.lastAtOrBefore(Instant.parse("2026-12-10T00:00:00Z"), KOLKATA))
                .contains(Instant.parse("2026-12-07T03:30:00Z"));
        assertThat(monday.lastAtOrBefore(Instant.parse("2026-12-07T03:30:00Z"), KOLKATA))
                .contains(Instant.parse("2026-12-07T03:30:00Z"));
    }
}
