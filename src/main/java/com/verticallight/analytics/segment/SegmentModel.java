package com.verticallight.analytics.segment;

import com.verticallight.i18n.Phrase;
import java.util.List;

/**
 * Customer segments as stored with their version: the three features' means and deviations (after log1p) from
 * the training rows, each segment's centroid in that standardised space, and what each segment is in plain words.
 */
public record SegmentModel(List<String> features, double[] means, double[] stds, double[][] centroids,
        List<Segment> segments) {

    /**
     * One segment: a code the web app can translate, a plain description (in English, and as a phrase each reader
     * reads in their language; no phrase in versions trained before it was kept) and its typical customer.
     */
    public record Segment(int index, String code, String description, double recencyDays, double visitsPerYear,
            double spendPerYear, int trainingCustomers, Phrase descriptionWords) {
    }

    /** The nearest segment of a customer (recency days, visits in a year, spend in a year) and the distance to it. */
    public Assignment assign(double[] raw) {
        double[] z = standardised(raw);
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = SegmentMath.distance(z, centroids[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return new Assignment(segments.get(best), bestDistance);
    }

    public double[] standardised(double[] raw) {
        double[] z = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            z[i] = (transformed(raw, i) - means[i]) / stds[i];
        }
        return z;
    }

    /** log1p of recency in weeks (days apart within a week matter little), of visits and of spend. */
    static double transformed(double[] raw, int i) {
        double value = Math.max(0, raw[i]);
        return Math.log1p(i == 0 ? value / 7 : value);
    }

    /** A customer's segment. */
    public record Assignment(Segment segment, double distance) {
    }
}
