package com.verticallight.analytics.anomaly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Robust anomalies on a daily series with a weekly pattern. A day's expected value is the median of the same weekday
 * over the previous {@link #WEEKS} weeks (so the normal weekly swing is expected, not flagged). The scale is
 * 1.4826 x the median absolute deviation of the residuals of those 8 weeks (each day against its weekday's median in
 * the window), floored at 5% of the window's mean level and at 1 unit so a flat series does not make every wobble
 * infinite. score = (actual - expected) / scale; a day is an anomaly when |score| reaches the lowest severity rule.
 */
public final class AnomalyDetector {

    public static final int WEEKS = 8;
    public static final int HISTORY_DAYS = WEEKS * 7;

    private AnomalyDetector() {
    }

    /** A day's verdict: index in the series, actual, expected, scale and score. */
    public record Finding(int index, double actual, double expected, double scale, double score) {
    }

    /** Scores the days from {@code from} (index) to the end; each needs {@link #HISTORY_DAYS} days before it. */
    public static List<Finding> score(double[] y, int from) {
        List<Finding> findings = new ArrayList<>();
        for (int t = Math.max(from, HISTORY_DAYS); t < y.length; t++) {
            findings.add(scoreDay(y, t));
        }
        return findings;
    }

    static Finding scoreDay(double[] y, int t) {
        int start = t - HISTORY_DAYS;
        double[] weekdayMedian = new double[7];
        for (int k = 0; k < 7; k++) {
            double[] same = new double[WEEKS];
            for (int w = 0; w < WEEKS; w++) {
                same[w] = y[start + k + 7 * w];
            }
            weekdayMedian[k] = median(same);
        }
        double[] residuals = new double[HISTORY_DAYS];
        double sum = 0;
        for (int i = 0; i < HISTORY_DAYS; i++) {
            residuals[i] = y[start + i] - weekdayMedian[i % 7];
            sum += y[start + i];
        }
        double center = median(residuals);
        double[] deviations = Arrays.stream(residuals).map(r -> Math.abs(r - center)).toArray();
        double scale = Math.max(Math.max(1.4826 * median(deviations), 0.05 * Math.abs(sum / HISTORY_DAYS)), 1.0);
        double expected = weekdayMedian[(t - start) % 7];
        return new Finding(t, y[t], expected, scale, (y[t] - expected) / scale);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
