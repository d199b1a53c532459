package com.verticallight.execution.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RunTimeWordsTest {

    @Test
    void readsTheWaysOwnersWriteATimeOfDay() {
        assertThat(RunTimeWords.parse("9 am")).contains(LocalTime.of(9, 0));
        assertThat(RunTimeWords.parse("9am")).contains(LocalTime.of(9, 0));
        assertThat(RunTimeWords.parse(" 6:30 PM ")).contains(LocalTime.of(18, 30));
        assertThat(RunTimeWords.parse("6.30 p.m.")).contains(LocalTime.of(18, 30));
        assertThat(RunTimeWords.parse("12 am")).contains(LocalTime.MIDNIGHT);
        assertThat(RunTimeWords.parse("12 pm")).contains(LocalTime.NOON);
        assertThat(RunTimeWords.parse("noon")).contains(LocalTime.NOON);
        assertThat(RunTimeWords.parse("18:05")).contains(LocalTime.of(18, 5));
        assertThat(RunTimeWords.parse("07")).contains(LocalTime.of(7, 0));
    }

    @Test
    void refusesWhatIsNotATimeOfDay() {
        assertThat(RunTimeWords.parse("25 pm")).isEmpty();
        assertThat(RunTimeWords.parse("13 pm")).isEmpty();
        assertThat(RunTimeWords.parse("24:00")).isEmpty();
        assertThat(RunTimeWords.parse("9:75")).isEmpty();
        assertThat(RunTimeWords.parse("morning")).isEmpty();
        assertThat(RunTimeWords.parse(null)).isEmpty();
    }

    @Test
    void saysTheTimeBack() {
        assertThat(RunTimeWords.spoken(LocalTime.of(18, 30))).isEqualTo("6:30 PM");
        assertThat(RunTimeWords.spoken(LocalTime.of(9, 0))).isEqualTo("9:00 AM");
    }
}
