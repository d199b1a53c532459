package com.verticallight.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.analytics.forecast.ForecastMetrics;
import com.verticallight.analytics.forecast.HoltWinters;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HoltWintersTest {

    @Test
    void weeklySeasonalityAndTrendAreForecastBetterThanSeasonalNaiveOnAHoldout() {
        double[] y = SyntheticData.revenue(LocalDate.of(2025, 1, 1), 365, 8, 400, 7);
        int holdout = 28;
        double[] train = Arrays.copyOfRange(y, 0, y.length - holdout);
        double[] actual = Arrays.copyOfRange(y, y.length - holdout, y.length);

        HoltWinters.Fit fit = HoltWinters.fit(train);
        double[] forecast = fit.forecast95(holdout).stream().mapToDouble(HoltWinters.Point::value).toArray();
        ForecastMetrics model = ForecastMetrics.of(actual, forecast);
        ForecastMetrics naive = ForecastMetrics.of(actual, ForecastMetrics.seasonalNaive(train, holdout));

        assertThat(model.mae()).isLessThan(naive.mae());
        assertThat(model.smape()).isLessThan(naive.smape());
        assertThat(model.mape()).isLessThan(10.0);
        long inside = fit.forecast95(holdout).stream()
                .filter(p -> actual[p.h() - 1] >= p.lower() && actual[p.h() - 1] <= p.upper()).count();
        assertThat(inside).as("days inside the 95% interval").isGreaterThanOrEqualTo(holdout * 8L / 10);
    }

    @Test
    void theSameDataGivesTheSameParameters() {
        double[] y = SyntheticData.revenue(LocalDate.of(2025, 1, 1), 120, 5, 300, 3);
        assertThat(HoltWinters.fit(y).params()).isEqualTo(HoltWinters.fit(y).params());
    }

    @Test
    void seasonalNaiveRepeatsTheLastWeek() {
        double[] history = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        assertThat(ForecastMetrics.seasonalNaive(history, 9)).containsExactly(8, 9, 10, 11, 12, 13, 14, 8, 9);
    }
}
