package com.verticallight.analytics.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Yearly seasonality and festival days around Holt-Winters, in the way of a regression with known events
 * (Taylor and Letham, "Forecasting at scale", 2018; Hyndman and Athanasopoulos, "Forecasting: Principles and
 * Practice", 3rd ed., 7.4 and 12.1): a least-squares fit of the daily series on a linear trend, the weekday, three
 * yearly Fourier pairs (only when the series covers two years) and one indicator per festival (only for festivals
 * that occur at least twice in the series, so each effect is estimated from past years). The yearly and festival parts are taken
 * out of the series, Holt-Winters (weekly, damped trend) is fitted on what is left, and a forecast adds them back
 * for the day forecast. The 95% interval is Holt-Winters' on the adjusted series.
 */
public final class Seasonal {

    /** Days from which the yearly pattern is fitted: two full years. */
    public static final int YEARLY_MIN_DAYS = 730;
    static final int HARMONICS = 3;
    /** A festival's effect is estimated only when the series holds it at least twice (two past years). */
    static final int MIN_OCCURRENCES = 2;
    static final double YEAR = 365.25;

    private Seasonal() {
    }

    /** What is added to Holt-Winters: yearly Fourier weights (empty when none) and each festival's effect. */
    public record Extra(double[] yearly, Map<String, Double> festivalEffects) {

        public static final Extra NONE = new Extra(new double[0], Map.of());

        public boolean isNone() {
            return yearly.length == 0 && festivalEffects.isEmpty();
        }

        /** The yearly and festival part of a day (festival: the calendar's key of that day, or null). */
        public double on(LocalDate day, String festival) {
            double value = 0;
            if (yearly.length > 0) {
                double[] terms = fourier(day);
                for (int i = 0; i < terms.length; i++) {
                    value += yearly[i] * terms[i];
                }
            }
            if (festival != null) {
                value += festivalEffects.getOrDefault(festival, 0.0);
            }
            return value;
        }
    }

    /** A fitted model: Holt-Winters on the adjusted series plus the extra part. */
    public record Fit(HoltWinters.Fit weekly, Extra extra) {
    }

    /**
     * Fits on the series starting at {@code first}; {@code festivals} maps a day to its festival key (days outside
     * the series are ignored here). With {@code fixed} parameters Holt-Winters keeps them (for comparisons).
     */
    public static Fit fit(double[] y, LocalDate first, Map<LocalDate, String> festivals, HoltWinters.Params fixed) {
        Extra extra = estimate(y, first, festivals);
        double[] adjusted = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            LocalDate day = first.plusDays(t);
            adjusted[t] = y[t] - extra.on(day, festivals.get(day));
        }
        return new Fit(HoltWinters.fit(adjusted, fixed), extra);
    }

    /** The yearly weights and festival effects by least squares (with trend and weekday columns beside them). */
    static Extra estimate(double[] y, LocalDate first, Map<LocalDate, String> festivals) {
        boolean yearly = y.length >= YEARLY_MIN_DAYS;
        Map<String, Integer> seen = new TreeMap<>();
        for (int t = 0; t < y.length; t++) {
            String key = festivals.get(first.plusDays(t));
            if (key != null) {
                seen.merge(key, 1, Integer::sum);
            }
        }
        seen.values().removeIf(count -> count < MIN_OCCURRENCES);
        if (!yearly && seen.isEmpty()) {
            return Extra.NONE;
        }
        List<String> keys = new ArrayList<>(seen.keySet());
        int base = 2 + 6; // intercept, trend, six weekday columns
        int fourier = yearly ? 2 * HARMONICS : 0;
        int columns = base + fourier + keys.size();
        double[][] xtx = new double[columns][columns];
        double[] xty = new double[columns];
        double[] row = new double[columns];
        for (int t = 0; t < y.length; t++) {
            LocalDate day = first.plusDays(t);
            java.util.Arrays.fill(row, 0);
            row[0] = 1;
            row[1] = t / YEAR;
            int weekday = day.getDayOfWeek().getValue(); // 1..7; Sunday is the reference
            if (weekday < 7) {
                row[1 + weekday] = 1;
            }
            if (yearly) {
                System.arraycopy(fourier(day), 0, row, base, fourier);
            }
            String key = festivals.get(day);
            if (key != null && seen.containsKey(key)) {
                row[base + fourier + keys.indexOf(key)] = 1;
            }
            for (int i = 0; i < columns; i++) {
                if (row[i] == 0) {
                    continue;
                }
                xty[i] += row[i] * y[t];
                for (int j = 0; j < columns; j++) {
                    xtx[i][j] += row[i] * row[j];
                }
            }
        }
        for (int i = 1; i < columns; i++) {
            xtx[i][i] += 1e-6 * y.length; // a touch of ridge keeps the system solvable (a festival on one weekday)
        }
        double[] beta = LeastSquares.solve(xtx, xty);
        double[] weights = yearly ? java.util.Arrays.copyOfRange(beta, base, base + fourier) : new double[0];
        Map<String, Double> effects = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            effects.put(keys.get(k), beta[base + fourier + k]);
        }
        return new Extra(weights, effects);
    }

    static double[] fourier(LocalDate day) {
        double[] terms = new double[2 * HARMONICS];
        double x = 2 * Math.PI * (day.getDayOfYear() - 1) / YEAR;
        for (int k = 1; k <= HARMONICS; k++) {
            terms[2 * (k - 1)] = Math.sin(k * x);
            terms[2 * (k - 1) + 1] = Math.cos(k * x);
        }
        return terms;
    }
}
