package com.verticallight.analytics;

import com.verticallight.i18n.StoredWords;
import com.verticallight.i18n.Text;
import com.verticallight.analytics.churn.ChurnFeatures;
import com.verticallight.analytics.churn.Visit;
import com.verticallight.analytics.segment.SegmentModel;
import com.verticallight.analytics.segment.SegmentTrainer;
import com.verticallight.analytics.spend.RegressionMetrics;
import com.verticallight.analytics.spend.SpendModel;
import com.verticallight.analytics.spend.SpendTrainer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training of the models that learn from customers' visits besides churn, without the database: a customer's spend
 * over the next 90 days (regression) and customer segments (clustering). Both are evaluated on a later time window
 * than the one they learn from, so no held-out figure comes from training rows.
 */
public final class CustomerTraining {

    /** Days of spend a regression predicts, and the step between its training and holdout days. */
    public static final int SPEND_WINDOW_DAYS = 90;
    /** Days between the segments' training day and the holdout (today). */
    public static final int SEGMENT_HOLDOUT_DAYS = 90;
    static final int MIN_TRAINING_CUSTOMERS = 20;
    static final int MIN_HOLDOUT_CUSTOMERS = 10;

    private CustomerTraining() {
    }

    /**
     * Linear regression (Tribuo) on customers' features 180 days ago labelled by their spend in the 90 days after,
     * tested on features 90 days ago labelled by the last 90 days' spend, against a mean baseline.
     */
    public static Training.Result spend(List<Visit> visits, LocalDate today, SpendModel current) {
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        LocalDate trainDay = today.minusDays(2L * SPEND_WINDOW_DAYS);
        LocalDate holdoutDay = today.minusDays(SPEND_WINDOW_DAYS);
        List<SpendTrainer.Labelled> training = spendRows(customers, trainDay);
        List<SpendTrainer.Labelled> holdout = spendRows(customers, holdoutDay);
        checkSpend(training.size(), holdout.size(), trainDay, holdoutDay);
        SpendModel model = SpendTrainer.train(training);
        double[] actual = holdout.stream().mapToDouble(SpendTrainer.Labelled::spend).toArray();
        double baseline = training.stream().mapToDouble(SpendTrainer.Labelled::spend).average().orElse(0);
        RegressionMetrics metrics = RegressionMetrics.of(actual, predict(model, holdout), baseline);
        Double currentMae = current == null ? null
                : RegressionMetrics.of(actual, predict(current, holdout), baseline).mae();
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("method", "linear regression (Tribuo LinearSGDTrainer, squared loss, AdaGrad)");
        stored.put("decisionMetric", "mae");
        stored.put("unit", "major units of the tenant's currency over the next " + SPEND_WINDOW_DAYS + " days");
        stored.put("trainingDay", trainDay.toString());
        stored.put("holdoutDay", holdoutDay.toString());
        stored.put("trainingRows", training.size());
        stored.put("holdoutRows", holdout.size());
        stored.put("mae", metrics.mae());
        stored.put("rmse", metrics.rmse());
        stored.put("r2", metrics.r2());
        stored.put("baseline", Map.of("method", "mean of the training customers' spend", "value", baseline,
                "mae", metrics.baselineMae(), "rmse", metrics.baselineRmse()));
        stored.put("beatsBaseline", metrics.mae() < metrics.baselineMae());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < model.weights().length; i++) {
            weights.put(model.features().get(i), model.weights()[i]);
        }
        stored.put("weights", weights);
        if (currentMae != null) {
            stored.put("servingVersionMae", currentMae);
        }
        return new Training.Result(model, stored, firstDay(visits, trainDay), today, training.size() + holdout.size(),
                metrics.mae(), currentMae, false);
    }

    /** Enough customers on both sides of the time split, else 409 saying how many there are. */
    public static void checkSpend(List<Visit> visits, LocalDate today) {
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        LocalDate trainDay = today.minusDays(2L * SPEND_WINDOW_DAYS);
        LocalDate holdoutDay = today.minusDays(SPEND_WINDOW_DAYS);
        checkSpend(ChurnFeatures.rows(customers, trainDay).size(), ChurnFeatures.rows(customers, holdoutDay).size(),
                trainDay, holdoutDay);
    }

    private static void checkSpend(int training, int holdout, LocalDate trainDay, LocalDate holdoutDay) {
        if (training < MIN_TRAINING_CUSTOMERS || holdout < MIN_HOLDOUT_CUSTOMERS) {
            throw new NotEnoughData(Text.of("analytics.spendRows", Map.of("min", MIN_TRAINING_CUSTOMERS,
                    "trainDay", trainDay.toString(), "window", SPEND_WINDOW_DAYS, "minHoldout", MIN_HOLDOUT_CUSTOMERS,
                    "holdoutDay", holdoutDay.toString(), "training", training, "holdout", holdout)));
        }
    }

    private static List<SpendTrainer.Labelled> spendRows(Map<UUID, List<Visit>> customers, LocalDate day) {
        List<SpendTrainer.Labelled> rows = new ArrayList<>();
        LocalDate end = day.plusDays(SPEND_WINDOW_DAYS);
        customers.forEach((id, visits) -> {
            ChurnFeatures.Row row = ChurnFeatures.row(id, visits, day);
            if (row != null) {
                long spent = visits.stream().filter(v -> v.day().isAfter(day) && !v.day().isAfter(end))
                        .mapToLong(Visit::amountMinor).sum();
                rows.add(new SpendTrainer.Labelled(row, spent / 100.0));
            }
        });
        return rows;
    }

    private static double[] predict(SpendModel model, List<SpendTrainer.Labelled> rows) {
        return rows.stream().mapToDouble(r -> model.predict(r.row().values())).toArray();
    }

    /**
     * k-means (Tribuo) on customers as they were 90 days ago; evaluated on customers as they are today (another
     * time window) by the silhouette and the share of spread the segments explain (one segment explains none).
     */
    public static Training.Result segments(List<Visit> visits, LocalDate today, String currency,
            SegmentModel current) {
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        LocalDate trainDay = today.minusDays(SEGMENT_HOLDOUT_DAYS);
        List<double[]> training = segmentRows(customers, trainDay);
        List<double[]> holdout = segmentRows(customers, today);
        checkSegments(training.size(), holdout.size(), trainDay, today);
        SegmentModel model = SegmentTrainer.train(training, currency);
        SegmentTrainer.Evaluation eval = SegmentTrainer.evaluate(model, holdout);
        Double currentSilhouette = current == null ? null : SegmentTrainer.evaluate(current, holdout).silhouette();
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("method", "k-means (Tribuo KMeansTrainer, k-means++), k chosen by silhouette");
        stored.put("decisionMetric", "silhouette");
        stored.put("features", SegmentTrainer.FEATURES);
        stored.put("trainingDay", trainDay.toString());
        stored.put("holdoutDay", today.toString());
        stored.put("trainingRows", training.size());
        stored.put("holdoutRows", holdout.size());
        stored.put("k", model.centroids().length);
        stored.put("silhouette", eval.silhouette());
        stored.put("withinClusterSquares", eval.withinSquares());
        stored.put("varianceExplained", eval.varianceExplained());
        stored.put("baseline", Map.of("method", "one segment for everyone", "withinClusterSquares",
                eval.totalSquares(), "varianceExplained", 0.0));
        List<Map<String, Object>> segments = new ArrayList<>();
        for (SegmentModel.Segment s : model.segments()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("index", s.index());
            one.put("code", s.code());
            one.put("description", s.description());
            one.put("descriptionWords", StoredWords.json(s.descriptionWords()));
            one.put("trainingCustomers", s.trainingCustomers());
            one.put("holdoutCustomers", eval.sizes()[s.index()]);
            segments.add(one);
        }
        stored.put("segments", segments);
        if (currentSilhouette != null) {
            stored.put("servingVersionSilhouette", currentSilhouette);
        }
        return new Training.Result(model, stored, firstDay(visits, trainDay), today, training.size() + holdout.size(),
                eval.silhouette(), currentSilhouette, true);
    }

    public static void checkSegments(List<Visit> visits, LocalDate today) {
        Map<UUID, List<Visit>> customers = ChurnFeatures.byCustomer(visits);
        checkSegments(segmentRows(customers, today.minusDays(SEGMENT_HOLDOUT_DAYS)).size(),
                segmentRows(customers, today).size(), today.minusDays(SEGMENT_HOLDOUT_DAYS), today);
    }

    private static void checkSegments(int training, int holdout, LocalDate trainDay, LocalDate today) {
        if (training < MIN_TRAINING_CUSTOMERS || holdout < MIN_HOLDOUT_CUSTOMERS) {
            throw new NotEnoughData(Text.of("analytics.segmentRows", Map.of("min", MIN_TRAINING_CUSTOMERS,
                    "trainDay", trainDay.toString(), "minHoldout", MIN_HOLDOUT_CUSTOMERS, "today", today.toString(),
                    "training", training, "holdout", holdout)));
        }
    }

    /** Recency days, visits and spend (major units) in the year up to the day, for each customer seen in it. */
    static List<double[]> segmentRows(Map<UUID, List<Visit>> customers, LocalDate day) {
        return ChurnFeatures.rows(customers, day).stream().map(CustomerTraining::segmentValues).toList();
    }

    /** The segment features from a customer's churn features (the same recency, frequency and spend). */
    public static double[] segmentValues(ChurnFeatures.Row row) {
        return new double[] {row.values()[0], row.values()[1], row.values()[2]};
    }

    private static LocalDate firstDay(List<Visit> visits, LocalDate fallback) {
        return visits.stream().map(Visit::day).min(LocalDate::compareTo).orElse(fallback);
    }
}
