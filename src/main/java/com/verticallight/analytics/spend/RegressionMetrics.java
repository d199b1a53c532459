package com.verticallight.analytics.spend;

/**
 * Holdout figures of a regression: mean absolute error, root mean squared error and R² (1 - squared error / the
 * squared error of predicting the holdout's own mean), beside the same errors of a mean baseline (every customer
 * predicted at the training rows' mean).
 */
public record RegressionMetrics(double mae, double rmse, double r2, double baselineMae, double baselineRmse) {

    public static RegressionMetrics of(double[] actual, double[] predicted, double baseline) {
        int n = actual.length;
        double mean = java.util.Arrays.stream(actual).average().orElse(0);
        double absolute = 0;
        double squared = 0;
        double total = 0;
        double baseAbsolute = 0;
        double baseSquared = 0;
        for (int i = 0; i < n; i++) {
            double e = actual[i] - predicted[i];
            absolute += Math.abs(e);
            squared += e * e;
            total += (actual[i] - mean) * (actual[i] - mean);
            baseAbsolute += Math.abs(actual[i] - baseline);
            baseSquared += (actual[i] - baseline) * (actual[i] - baseline);
        }
        return new RegressionMetrics(absolute / n, Math.sqrt(squared / n), total == 0 ? 0 : 1 - squared / total,
                baseAbsolute / n, Math.sqrt(baseSquared / n));
    }
}
