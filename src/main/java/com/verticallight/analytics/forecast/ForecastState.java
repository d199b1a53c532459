package com.verticallight.analytics.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trained forecast as stored with its version: the fitted Holt-Winters model and the last day it saw; when the
 * series allowed, the yearly Fourier weights and festival effects, with the festival days (ISO dates) of the 90 days after
 * the last day (from the calendar) so a prediction needs no calendar look-up. States stored before these existed read
 * them as empty.
 */
public record ForecastState(double alpha, double beta, double gamma, double phi, double level, double trend,
        double[] season, double sigma, int days, LocalDate lastDay, double[] yearly,
        Map<String, Double> festivalEffects, Map<String, String> festivalDays) {

    public static ForecastState of(HoltWinters.Fit fit, LocalDate lastDay) {
        return of(new Seasonal.Fit(fit, Seasonal.Extra.NONE), lastDay, Map.of());
    }

    /** The state of a seasonal fit, keeping the festival days of the horizon after the last day. */
    public static ForecastState of(Seasonal.Fit fit, LocalDate lastDay, Map<LocalDate, String> festivals) {
        HoltWinters.Fit hw = fit.weekly();
        Map<String, String> ahead = new TreeMap<>();
        festivals.forEach((day, key) -> {
            if (day.isAfter(lastDay) && !day.isAfter(lastDay.plusDays(90))
                    && fit.extra().festivalEffects().containsKey(key)) {
                ahead.put(day.toString(), key);
            }
        });
        return new ForecastState(hw.params().alpha(), hw.params().beta(), hw.params().gamma(), hw.params().phi(),
                hw.level(), hw.trend(), hw.season(), hw.sigma(), hw.days(), lastDay, fit.extra().yearly(),
                fit.extra().festivalEffects(), ahead);
    }

    public HoltWinters.Params params() {
        return new HoltWinters.Params(alpha, beta, gamma, phi);
    }

    public HoltWinters.Fit fit() {
        return new HoltWinters.Fit(params(), level, trend, season, sigma, days);
    }

    /** The yearly and festival part (none for a weekly-only state). */
    public Seasonal.Extra extra() {
        return new Seasonal.Extra(yearly == null ? new double[0] : yearly,
                festivalEffects == null ? Map.of() : festivalEffects);
    }

    /** The forecast for a day after the last one seen, with its 95% interval (never below zero). */
    public HoltWinters.Point on(LocalDate day) {
        int h = (int) ChronoUnit.DAYS.between(lastDay, day);
        if (h < 1) {
            throw new IllegalArgumentException("The model forecasts days after " + lastDay);
        }
        HoltWinters.Fit fit = fit();
        double mean = fit.forecast(h) + extra().on(day, festivalDays == null ? null : festivalDays.get(day.toString()));
        double half = fit.halfWidth95(h);
        return new HoltWinters.Point(h, Math.max(0, mean), Math.max(0, mean - half), Math.max(0, mean + half));
    }
}
