package com.verticallight.analytics;

import com.verticallight.i18n.Text;
import com.verticallight.analytics.churn.ChurnFeatures;
import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.churn.ChurnTrainer;
import com.verticallight.analytics.churn.ClassifierMetrics;
import com.verticallight.analytics.churn.Visit;
import com.verticallight.analytics.forecast.ForecastMetrics;
import com.verticallight.analytics.forecast.ForecastState;
import com.verticallight.analytics.forecast.HoltWinters;
import com.verticallight.analytics.forecast.Seasonal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training and holdout evaluation, without the database: each method takes the data, checks it is enough (else
 * {@link NotEnoughData} saying what is missing), and returns what the version stores. A retraining also scores the
 * serving version on the new version's holdout, so the two are compared on the same days/customers.
 */
public final class Training {

    /** Days a customer must stay away after the feature day to count as churned. */
    public static final int CHURN_WINDOW_DAYS = 60;
    static final int MIN_CHURN_TRAINING_ROWS = 20;
    static final int MIN_CHURN_HOLDOUT_ROWS = 10;
    static final int MIN_CLASS_ROWS = 3;

    private Training() {
    }

    /** What a training produced: the learned state, its holdout metrics, and the data it used. */
    public record Result(Object state, Map<String, Object> metrics, LocalDate dataFrom, LocalDate dataTo, int rows,
            Double holdoutError, Double currentHoldoutError, boolean higherIsBetter) {

        /** Whether this version beats the serving one on the same holdout (strictly; no serving one: yes). */
        public boolean beatsCurrent() {
            if (currentHoldoutError == null) {
                return true;
            }
            return higherIsBetter ? holdoutError > currentHoldoutError : holdoutError < currentHoldoutError;
        }
    }

    public static int holdoutDays(int days) {
        return days >= 180 ? 28 : 14;
    }

    /** Holt-Winters on the daily series, evaluated on its last 14 (or 28) days against seasonal naive. */
    public static Result forecast(String metric, TenantData.Series series, ForecastState current) {
        return forecast(metric, series, Map.of(), current);
    }

    /**
     * Holt-Winters with, when the data allows, yearly seasonality (two years or more) and festival effects (festivals
     * that occurred in the series; {@code festivals} maps a day to the calendar's festival key), evaluated on the
     * last 14 (or 28) days against seasonal naive and, when it adds anything, against weekly-only Holt-Winters.
     */
    public static Result forecast(String metric, TenantData.Series series, Map<LocalDate, String> festivals,
            ForecastState current) {
        checkForecast(metric, series);
        int n = series.days();
        int holdout = holdoutDays(n);
        double[] train = Arrays.copyOfRange(series.values(), 0, n - holdout);
        double[] actual = Arrays.copyOfRange(series.values(), n - holdout, n);
        LocalDate first = series.first();
        LocalDate holdoutFrom = first.plusDays(n - holdout);
        Seasonal.Fit evalFit = Seasonal.fit(train, first, festivals, null);
        double[] forecast = evaluate(evalFit, holdoutFrom, festivals, holdout);
        ForecastMetrics model = ForecastMetrics.of(actual, forecast);
        ForecastMetrics naive = ForecastMetrics.of(actual, ForecastMetrics.seasonalNaive(train, holdout));
        Seasonal.Fit finalFit = Seasonal.fit(series.values(), first, festivals, null);
        Double currentMae = current == null ? null : ForecastMetrics.of(actual,
                currentForecast(current, train, first, festivals, holdoutFrom, holdout)).mae();
        // for the comparison both versions are run the same way on the same training days: the new one with its
        // parameters refitted on them, the serving one as currentForecast says (stale state, or refitted too)
        double decisionMae = ForecastMetrics.of(actual, evaluate(Seasonal.fit(train, first, festivals,
                finalFit.weekly().params()), holdoutFrom, festivals, holdout)).mae();
        long inside = 0;
        for (int h = 1; h <= holdout; h++) {
            inside += Math.abs(actual[h - 1] - forecast[h - 1]) <= evalFit.weekly().halfWidth95(h) ? 1 : 0;
        }
        boolean yearly = finalFit.extra().yearly().length > 0;
        boolean withFestivals = !finalFit.extra().festivalEffects().isEmpty();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("method", "Holt-Winters additive, weekly seasonality, damped trend"
                + (yearly ? ", yearly seasonality (3 Fourier pairs)" : "")
                + (withFestivals ? ", festival days as known events" : ""));
        metrics.put("yearlySeasonality", yearly);
        metrics.put("festivalEffects", finalFit.extra().festivalEffects());
        metrics.put("holdoutFrom", holdoutFrom.toString());
        metrics.put("holdoutTo", series.last().toString());
        metrics.put("holdoutDays", holdout);
        metrics.put("mae", model.mae());
        metrics.put("mape", model.mape());
        metrics.put("smape", model.smape());
        metrics.put("baseline", Map.of("method", "seasonal naive (same weekday last week)", "mae", naive.mae(),
                "smape", naive.smape()));
        metrics.put("baselineMape", naive.mape());
        metrics.put("beatsBaseline", model.mae() < naive.mae());
        if (yearly || withFestivals) {
            ForecastMetrics weekly = ForecastMetrics.of(actual, evaluate(new Seasonal.Fit(HoltWinters.fit(train),
                    Seasonal.Extra.NONE), holdoutFrom, Map.of(), holdout));
            metrics.put("weeklyOnly", Map.of("method", "Holt-Winters with weekly seasonality only", "mae",
                    weekly.mae(), "smape", weekly.smape()));
        }
        metrics.put("intervalCoverage95", inside / (double) holdout);
        HoltWinters.Params params = finalFit.weekly().params();
        metrics.put("params", Map.of("alpha", params.alpha(), "beta", params.beta(), "gamma", params.gamma(),
                "phi", params.phi()));
        if (currentMae != null) {
            metrics.put("servingVersionMae", currentMae);
        }
        return new Result(ForecastState.of(finalFit, series.last(), festivals), metrics, series.first(),
                series.last(), n, decisionMae, currentMae, false);
    }

    /** Enough days for a forecast with its holdout, else 409 saying how many are missing. */
    public static void checkForecast(String metric, TenantData.Series series) {
        int n = series.days();
        int holdout = holdoutDays(n);
        int needed = HoltWinters.MIN_DAYS + holdout;
        if (n < needed) {
            throw new NotEnoughData(Text.of("analytics.forecastHistory", Map.of("metric", metric.toLowerCase(),
                    "needed", needed, "holdout", holdout, "have", n, "since", String.valueOf(series.first()))));
        }
    }

    private static double[] evaluate(Seasonal.Fit fit, LocalDate from, Map<LocalDate, String> festivals,
            int holdout) {
        double[] forecast = new double[holdout];
        for (int h = 1; h <= holdout; h++) {
            LocalDate day = from.plusDays(h - 1L);
            forecast[h - 1] = Math.max(0, fit.weekly().forecast(h) + fit.extra().on(day, festivals.get(day)));
        }
        return forecast;
    }

    /**
     * The serving version's forecast of the holdout days: from its stored state when it was trained before them,
     * else (it has seen them) its parameters refitted on the same training days, with the extras it had.
     */
    static double[] currentForecast(ForecastState current, double[] train, LocalDate first,
            Map<LocalDate, String> festivals, LocalDate holdoutFrom, int holdout) {
        if (current.lastDay().isBefore(holdoutFrom)) {
            double[] forecast = new double[holdout];
            for (int i = 0; i < holdout; i++) {
                forecast[i] = current.on(holdoutFrom.plusDays(i)).value();
            }
            return forecast;
        }
        Seasonal.Fit refit = current.extra().isNone()
                ? new Seasonal.Fit(HoltWinters.fit(train, current.params()), Seasonal.Extra.NONE)
                : Seasonal.fit(train, first, festivals, current.params());
        return evaluate(refit, holdoutFrom, current.extra().isNone() ? Map.of() : festivals, holdout);
    }

    /**
     * Logistic regression (Tribuo) on customers' features 120 days ago labelled by whether they came back within 60
     * days, tested on features 60 days ago labelled by the last 60 days: a time split, no customer-day seen twice.
     */
    public static Result churn(List<Visit> visits, LocalDate today, ChurnModel current) {
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        LocalDate trainDay = today.minusDays(2L * CHURN_WINDOW_DAYS);
        LocalDate holdoutDay = today.minusDays(CHURN_WINDOW_DAYS);
        var training = ChurnFeatures.labelled(customers, trainDay, CHURN_WINDOW_DAYS);
        var holdout = ChurnFeatures.labelled(customers, holdoutDay, CHURN_WINDOW_DAYS);
        checkChurn(training, holdout, trainDay, holdoutDay);
        ChurnModel model = ChurnTrainer.train(training);
        boolean[] churned = new boolean[holdout.size()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = holdout.get(i).churned();
        }
        ClassifierMetrics metrics = ClassifierMetrics.of(scores(model, holdout), churned);
        Double currentAuc = current == null ? null : ClassifierMetrics.auc(scores(current, holdout), churned);
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("method", "logistic regression (Tribuo LinearSGDTrainer, log loss, AdaGrad)");
        stored.put("trainingDay", trainDay.toString());
        stored.put("holdoutDay", holdoutDay.toString());
        stored.put("windowDays", CHURN_WINDOW_DAYS);
        stored.put("trainingRows", training.size());
        stored.put("holdoutRows", holdout.size());
        stored.put("auc", metrics.auc());
        stored.put("precision", metrics.precision());
        stored.put("recall", metrics.recall());
        stored.put("brier", metrics.brier());
        stored.put("accuracy", accuracy(scores(model, holdout), churned));
        stored.put("holdoutChurned", metrics.positives());
        stored.put("calibration", metrics.calibration());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < model.weights().length; i++) {
            weights.put(model.features().get(i), model.weights()[i]);
        }
        stored.put("weights", weights);
        if (currentAuc != null) {
            stored.put("servingVersionAuc", currentAuc);
        }
        LocalDate first = visits.stream().map(Visit::day).min(LocalDate::compareTo).orElse(trainDay);
        return new Result(model, stored, first, today, training.size() + holdout.size(), metrics.auc(), currentAuc,
                true);
    }

    /** Enough customers on both sides of the time split, else 409 saying how many there are. */
    public static void checkChurn(List<Visit> visits, LocalDate today) {
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        LocalDate trainDay = today.minusDays(2L * CHURN_WINDOW_DAYS);
        LocalDate holdoutDay = today.minusDays(CHURN_WINDOW_DAYS);
        checkChurn(ChurnFeatures.labelled(customers, trainDay, CHURN_WINDOW_DAYS),
                ChurnFeatures.labelled(customers, holdoutDay, CHURN_WINDOW_DAYS), trainDay, holdoutDay);
    }

    private static void checkChurn(List<ChurnFeatures.Labelled> training, List<ChurnFeatures.Labelled> holdout,
            LocalDate trainDay, LocalDate holdoutDay) {
        requireEnough(training, MIN_CHURN_TRAINING_ROWS, trainDay.toString());
        requireEnough(holdout, MIN_CHURN_HOLDOUT_ROWS, holdoutDay.toString());
    }

    private static double[] scores(ChurnModel model, List<ChurnFeatures.Labelled> rows) {
        return rows.stream().mapToDouble(r -> model.probability(r.row().values())).toArray();
    }

    private static void requireEnough(List<ChurnFeatures.Labelled> rows, int min, String before) {
        long churned = rows.stream().filter(ChurnFeatures.Labelled::churned).count();
        long stayed = rows.size() - churned;
        if (rows.size() < min || churned < MIN_CLASS_ROWS || stayed < MIN_CLASS_ROWS) {
            throw new NotEnoughData(Text.of("analytics.churnRows", Map.of("min", min, "before", before,
                    "perClass", MIN_CLASS_ROWS, "window", CHURN_WINDOW_DAYS, "have", rows.size(), "stayed", stayed,
                    "churned", churned)));
        }
    }

    /** An anomaly model learns nothing beyond its rolling window: training checks the data and records its span. */
    public static Result anomaly(String metric, TenantData.Series series) {
        int needed = com.verticallight.analytics.anomaly.AnomalyDetector.HISTORY_DAYS + 1;
        if (series.days() < needed) {
            throw new NotEnoughData(Text.of("analytics.anomalyHistory",
                    Map.of("metric", metric.toLowerCase(), "needed", needed, "have", series.days())));
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("method", "weekday median of 8 weeks + MAD robust z-score");
        metrics.put("historyDays", series.days());
        return new Result(Map.of("metric", metric, "weeks", 8), metrics, series.first(), series.last(), series.days(),
                null, null, false);
    }

    private static double accuracy(double[] p, boolean[] churned) {
        int right = 0;
        for (int i = 0; i < p.length; i++) {
            right += (p[i] >= 0.5) == churned[i] ? 1 : 0;
        }
        return p.length == 0 ? 0 : right / (double) p.length;
    }
}
