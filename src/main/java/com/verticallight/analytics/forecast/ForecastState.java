package com.verticallight.analytics.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A trained forecast as stored with its version: the fitted Holt-Winters model and the last day it saw. */
public record ForecastState(double alpha, double beta, double gamma, double phi, double level, double trend,
        double[] season, double sigma, int days, LocalDate lastDay) {

    public static ForecastState of(HoltWinters.Fit fit, LocalDate lastDay) {
        return new ForecastState(fit.params().alpha(), fit.params().beta(), fit.params().gamma(), fit.params().phi(),
                fit.level(), fit.trend(), fit.season(), fit.sigma(), fit.days(), lastDay);
    }

    public HoltWinters.Params params() {
        return new HoltWinters.Params(alpha, beta, gamma, phi);
    }

    public HoltWinters.Fit fit() {
        return new HoltWinters.Fit(params(), level, trend, season, sigma, days);
    }

    /** The forecast for a day after the last one seen, with its 95% interval (never below zero). */
    public HoltWinters.Point on(LocalDate day) {
        int h = (int) ChronoUnit.DAYS.between(lastDay, day);
        if (h < 1) {
            throw new IllegalArgumentException("The model forecasts days after " + lastDay);
        }
        HoltWinters.Fit fit = fit();
        double value = Math.max(0, fit.forecast(h));
        double half = fit.halfWidth95(h);
        return new HoltWinters.Point(h, value, Math.max(0, fit.forecast(h) - half), Math.max(0, fit.forecast(h) + half));
    }
}
