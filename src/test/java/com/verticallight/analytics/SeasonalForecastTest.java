package com.verticallight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.analytics.forecast.ForecastState;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Yearly seasonality and festival days on a generated series that has both (plainly generated, not real sales). */
class SeasonalForecastTest {

    private static final Map<LocalDate, String> FESTIVALS = SyntheticData.FESTIVALS;

    @Test
    @SuppressWarnings("unchecked")
    void aYearlyPatternAndFestivalSpikesAreForecastBetterThanByTheWeeklyOnlyModel() {
        LocalDate first = LocalDate.of(2023, 11, 25);
        LocalDate last = LocalDate.of(2026, 11, 20); // the 28 held-out days hold Dhanteras, Diwali and Bhai Dooj
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double[] y = SyntheticData.revenueWithYearAndFestivals(first, days, 2, 400, 17);

        Training.Result result = Training.forecast("REVENUE", new TenantData.Series(first, y), FESTIVALS, null);

        Map<String, Object> m = result.metrics();
        double mae = (double) m.get("mae");
        double weeklyOnly = (double) ((Map<String, Object>) m.get("weeklyOnly")).get("mae");
        double naive = (double) ((Map<String, Object>) m.get("baseline")).get("mae");
        assertThat(m.get("yearlySeasonality")).isEqualTo(true);
        assertThat(mae).as("MAE with yearly + festivals vs weekly only").isLessThan(0.6 * weeklyOnly);
        assertThat(mae).isLessThan(naive);
        Map<String, Double> effects = (Map<String, Double>) m.get("festivalEffects");
        assertThat(effects.get("diwali")).as("Diwali effect from the two past years").isBetween(7_000.0, 11_000.0);

        ForecastState state = (ForecastState) result.state();
        double usualSunday = state.on(LocalDate.of(2026, 11, 29)).value(); // a Sunday, no festival
        assertThat(state.festivalDays()).isEmpty(); // no festival of the calendar map in the 90 days after last
        assertThat(usualSunday).isBetween(9_000.0, 16_000.0);
    }

    @Test
    void aSeriesShorterThanTwoYearsKeepsTheWeeklyModelWithoutFestivalsSeenOnce() {
        LocalDate first = LocalDate.of(2026, 5, 1);
        double[] y = SyntheticData.revenue(first, 200, 0, 400, 5);

        Training.Result result = Training.forecast("REVENUE", new TenantData.Series(first, y), FESTIVALS, null);

        assertThat(result.metrics().get("yearlySeasonality")).isEqualTo(false);
        assertThat(result.metrics()).doesNotContainKey("weeklyOnly");
        assertThat((Map<?, ?>) result.metrics().get("festivalEffects")).isEmpty();
    }
}
