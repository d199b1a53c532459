package com.verticallight.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.platform.problem.Problem.FieldError;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperatingHoursRulesTest {

    private static OpeningPeriod period(String opens, String closes) {
        return new OpeningPeriod(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Test
    void splitShiftsThatTouchAreFine() {
        assertThat(OperatingHoursRules.check(Map.of(DayOfWeek.MONDAY,
                List.of(period("14:00", "18:00"), period("09:00", "14:00"))))).isEmpty();
    }

    @Test
    void overlapsAreFoundWhateverTheOrder() {
        assertThat(OperatingHoursRules.check(Map.of(DayOfWeek.MONDAY,
                List.of(period("12:00", "18:00"), period("09:00", "12:30")))))
                .extracting(FieldError::field).containsExactly("operatingHours.MONDAY");
    }

    @Test
    void aPeriodMustOpenBeforeItCloses() {
        assertThat(OperatingHoursRules.check(Map.of(DayOfWeek.SUNDAY, List.of(period("10:00", "10:00")))))
                .extracting(FieldError::field).containsExactly("operatingHours.SUNDAY[0]");
    }

    @Test
    void closedDaysAndNoHoursAreValid() {
        assertThat(OperatingHoursRules.check(Map.of(DayOfWeek.TUESDAY, List.of()))).isEmpty();
        assertThat(OperatingHoursRules.check(null)).isEmpty();
    }
}
