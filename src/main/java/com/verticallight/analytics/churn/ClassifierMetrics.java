package com.verticallight.analytics.churn;

import java.util.ArrayList;
import java.util.List;

/**
 * How well churn probabilities rank and separate on held-out rows: AUC (the chance a churned customer scores above
 * one who came back, ties half), precision and recall of "churn" at probability 0.5, the Brier score and a
 * calibration table (five equal-width bins: mean predicted probability against the observed churn rate).
 */
public record ClassifierMetrics(double auc, Double precision, Double recall, double brier, int rows, int positives,
        List<CalibrationBin> calibration) {

    public record CalibrationBin(double from, double to, int rows, Double meanPredicted, Double observedRate) {
    }

    public static ClassifierMetrics of(double[] probabilities, boolean[] churned) {
        int n = probabilities.length;
        int positives = 0;
        int truePositive = 0;
        int predictedPositive = 0;
        double brier = 0;
        for (int i = 0; i < n; i++) {
            positives += churned[i] ? 1 : 0;
            boolean predicted = probabilities[i] >= 0.5;
            predictedPositive += predicted ? 1 : 0;
            truePositive += predicted && churned[i] ? 1 : 0;
            brier += Math.pow(probabilities[i] - (churned[i] ? 1 : 0), 2);
        }
        return new ClassifierMetrics(auc(probabilities, churned),
                predictedPositive == 0 ? null : truePositive / (double) predictedPositive,
                positives == 0 ? null : truePositive / (double) positives, n == 0 ? 0 : brier / n, n, positives,
                calibration(probabilities, churned));
    }

    /** Mann-Whitney AUC from ranks (ties get their average rank); 0.5 when one class is missing. */
    public static double auc(double[] probabilities, boolean[] churned) {
        int n = probabilities.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> probabilities[i]));
        double positiveRanks = 0;
        long positives = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && probabilities[order[end + 1]] == probabilities[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                if (churned[order[i]]) {
                    positiveRanks += rank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return 0.5;
        }
        return (positiveRanks - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    private static List<CalibrationBin> calibration(double[] probabilities, boolean[] churned) {
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            double from = b / 5.0;
            double to = (b + 1) / 5.0;
            double sum = 0;
            int count = 0;
            int observed = 0;
            for (int i = 0; i < probabilities.length; i++) {
                boolean in = probabilities[i] >= from && (probabilities[i] < to || b == 4);
                if (in) {
                    sum += probabilities[i];
                    count++;
                    observed += churned[i] ? 1 : 0;
                }
            }
            bins.add(new CalibrationBin(from, to, count, count == 0 ? null : sum / count,
                    count == 0 ? null : observed / (double) count));
        }
        return bins;
    }
}
