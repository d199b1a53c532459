package com.verticallight.analytics.forecast;

/**
 * Errors of a forecast against what happened: MAE (in the series' unit), MAPE (%, over days with a non-zero actual
 * only, and null when there is none) and sMAPE (%, 2|y - f| / (|y| + |f|), a day with both zero counts as 0).
 */
public record ForecastMetrics(double mae, Double mape, double smape, int days) {

    public static ForecastMetrics of(double[] actual, double[] forecast) {
        double abs = 0;
        double pct = 0;
        int pctDays = 0;
        double sym = 0;
        for (int i = 0; i < actual.length; i++) {
            double error = Math.abs(actual[i] - forecast[i]);
            abs += error;
            if (actual[i] != 0) {
                pct += error / Math.abs(actual[i]);
                pctDays++;
            }
            double denominator = Math.abs(actual[i]) + Math.abs(forecast[i]);
            sym += denominator == 0 ? 0 : 2 * error / denominator;
        }
        int n = actual.length;
        return new ForecastMetrics(abs / n, pctDays == 0 ? null : 100 * pct / pctDays, 100 * sym / n, n);
    }

    /** Seasonal naive: each day is forecast as the same weekday of the last observed week. */
    public static double[] seasonalNaive(double[] history, int horizon) {
        double[] forecast = new double[horizon];
        int n = history.length;
        for (int h = 1; h <= horizon; h++) {
            int back = HoltWinters.PERIOD * (int) Math.ceil(h / (double) HoltWinters.PERIOD);
            forecast[h - 1] = history[n - 1 + h - back];
        }
        return forecast;
    }
}
