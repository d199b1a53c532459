package com.verticallight.analytics.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Additive Holt-Winters (ETS(A,Ad,A)) on a daily series with weekly seasonality (period 7) and a damped trend.
 * Smoothing parameters (alpha, beta, gamma, phi) are chosen on a fixed grid by the smallest sum of squared one-step
 * errors on the training data after a one-week warm-up; the grid makes training deterministic. Prediction intervals
 * use the ETS(A,Ad,A) forecast variance (Hyndman et al., "Forecasting with Exponential Smoothing", 2008, table 6.1):
 * var(h) = sigma^2 (1 + sum_{j=1}^{h-1} c_j^2), c_j = alpha (1 + beta (phi + ... + phi^j)) + gamma [j mod 7 == 0].
 */
public final class HoltWinters {

    public static final int PERIOD = 7;
    /** Two weeks to initialise level, trend and the weekday effects, then at least two to fit on. */
    public static final int MIN_DAYS = 4 * PERIOD;

    private static final double[] ALPHAS = {0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 0.9};
    private static final double[] BETAS = {0.0, 0.01, 0.02, 0.05, 0.1, 0.2};
    private static final double[] GAMMAS = {0.01, 0.05, 0.1, 0.2, 0.3, 0.5};
    private static final double[] PHIS = {1.0, 0.98, 0.9};
    private static final double Z95 = 1.959964;

    private HoltWinters() {
    }

    /** Smoothing parameters. */
    public record Params(double alpha, double beta, double gamma, double phi) {
    }

    /**
     * A fitted model: its parameters, the states at the last observed day (index {@code days - 1}), the standard
     * deviation of the one-step errors and how many days it saw.
     */
    public record Fit(Params params, double level, double trend, double[] season, double sigma, int days) {

        /** The point forecast h days after the last observed day (h >= 1). */
        public double forecast(int h) {
            return level + dampedSum(params.phi(), h) * trend + season[Math.floorMod(days - 1 + h, PERIOD)];
        }

        /** Half width of the 95% prediction interval h days ahead. */
        public double halfWidth95(int h) {
            double sum = 1;
            for (int j = 1; j < h; j++) {
                double c = params.alpha() * (1 + params.beta() * dampedSum(params.phi(), j))
                        + (j % PERIOD == 0 ? params.gamma() : 0);
                sum += c * c;
            }
            return Z95 * sigma * Math.sqrt(sum);
        }

        /** Forecasts for days 1..horizon after the last observed day. */
        public List<Point> forecast95(int horizon) {
            List<Point> points = new ArrayList<>(horizon);
            for (int h = 1; h <= horizon; h++) {
                double value = forecast(h);
                double half = halfWidth95(h);
                points.add(new Point(h, value, value - half, value + half));
            }
            return points;
        }
    }

    /** A forecast h days ahead with its 95% interval. */
    public record Point(int h, double value, double lower, double upper) {
    }

    /** Fits on the whole series, choosing the parameters on the grid. */
    public static Fit fit(double[] y) {
        return fit(y, null);
    }

    /**
     * Fits on the series; with {@code fixed} parameters only the states are estimated (used to compare a deployed
     * version's method with a new one on the same data).
     */
    public static Fit fit(double[] y, Params fixed) {
        if (y.length < MIN_DAYS) {
            throw new IllegalArgumentException("Holt-Winters needs at least " + MIN_DAYS + " days, got " + y.length);
        }
        if (fixed != null) {
            return run(y, fixed);
        }
        Fit best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (double phi : PHIS) {
            for (double alpha : ALPHAS) {
                for (double beta : BETAS) {
                    for (double gamma : GAMMAS) {
                        if (gamma > 1 - alpha) {
                            continue; // the usual admissible region for additive seasonality
                        }
                        Fit candidate = run(y, new Params(alpha, beta, gamma, phi));
                        if (candidate.sigma() < bestSse) { // the same order as the sum of squared errors
                            bestSse = candidate.sigma();
                            best = candidate;
                        }
                    }
                }
            }
        }
        return best;
    }

    private static Fit run(double[] y, Params p) {
        double[] state = initialState(y);
        double level = state[0];
        double trend = state[1];
        double[] season = java.util.Arrays.copyOfRange(state, 2, 2 + PERIOD);
        double sse = 0;
        int counted = 0;
        for (int t = 2 * PERIOD; t < y.length; t++) {
            int k = t % PERIOD;
            double error = y[t] - (level + p.phi() * trend + season[k]);
            if (t >= 3 * PERIOD) {
                sse += error * error;
                counted++;
            }
            double newLevel = p.alpha() * (y[t] - season[k]) + (1 - p.alpha()) * (level + p.phi() * trend);
            trend = p.beta() * (newLevel - level) + (1 - p.beta()) * p.phi() * trend;
            season[k] = p.gamma() * (y[t] - newLevel) + (1 - p.gamma()) * season[k];
            level = newLevel;
        }
        double sigma = counted > 1 ? Math.sqrt(sse / (counted - 1)) : 0;
        return new Fit(p, level, trend, season, sigma, y.length);
    }

    /**
     * Level and trend at the end of week two (from the means of weeks one and two) and the weekday effects (the
     * average deviation of each weekday from its week's mean), indexed by day index mod 7.
     */
    static double[] initialState(double[] y) {
        double week1 = mean(y, 0);
        double week2 = mean(y, PERIOD);
        double trend = (week2 - week1) / PERIOD;
        double level = week2 + trend * (PERIOD - 1) / 2.0; // the mean sits mid-week; move it to the week's last day
        double[] state = new double[2 + PERIOD];
        state[0] = level;
        state[1] = trend;
        for (int i = 0; i < PERIOD; i++) {
            state[2 + i] = ((y[i] - week1) + (y[i + PERIOD] - week2)) / 2;
        }
        return state;
    }

    private static double mean(double[] y, int from) {
        double sum = 0;
        for (int i = from; i < from + PERIOD; i++) {
            sum += y[i];
        }
        return sum / PERIOD;
    }

    static double dampedSum(double phi, int h) {
        if (phi == 1.0) {
            return h;
        }
        double sum = 0;
        double power = 1;
        for (int i = 1; i <= h; i++) {
            power *= phi;
            sum += power;
        }
        return sum;
    }
}
