package com.verticallight.execution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.business.CategoryConfig;
import com.verticallight.business.PostingWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaySlotsTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void theRunTimeIsTheOwnersOrTheEarliestPostingWindow() {
        CategoryConfig config = new CategoryConfig(List.of(), List.of(), List.of(
                new PostingWindow("evening", LocalTime.of(18, 0), LocalTime.of(20, 0)),
                new PostingWindow("morning", LocalTime.of(10, 30), LocalTime.of(12, 0))));
        assertThat(DaySlots.runTime(null, config)).isEqualTo(LocalTime.of(10, 30));
        assertThat(DaySlots.runTime(LocalTime.of(7, 0), config)).isEqualTo(LocalTime.of(7, 0));
        assertThat(DaySlots.runTime(null, new CategoryConfig(List.of(), List.of(), List.of())))
                .isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void theNextRunIsInTheBusinesssOwnTimeZone() {
        // 03:00 UTC is 08:30 in Kolkata: the 09:00 run is still ahead today
        Instant now = Instant.parse("2026-11-25T03:00:00Z");
        assertThat(DaySlots.next(now, LocalTime.of(9, 0), KOLKATA)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(DaySlots.at(LocalDate.of(2026, 11, 25), LocalTime.of(9, 0), KOLKATA))
                .isEqualTo(Instant.parse("2026-11-25T03:30:00Z"));
        assertThat(DaySlots.latestDue(now, LocalTime.of(9, 0), KOLKATA)).isEqualTo(LocalDate.of(2026, 11, 24));
        // 04:00 UTC is 09:30 there: today's run is due, the next is tomorrow
        Instant later = Instant.parse("2026-11-25T04:00:00Z");
        assertThat(DaySlots.next(later, LocalTime.of(9, 0), KOLKATA)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(DaySlots.latestDue(later, LocalTime.of(9, 0), KOLKATA)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aRunTimeThatAClockChangeSkipsMovesForward() {
        ZoneId newYork = ZoneId.of("America/New_York");
        // 2026-03-08 02:30 does not exist in New York
        assertThat(DaySlots.at(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), newYork))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }
}
