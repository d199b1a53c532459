package com.verticallight.analytics.segment;

/**
 * Figures of a clustering: the silhouette (Rousseeuw 1987: per point (b - a) / max(a, b), a the mean distance to
 * its own cluster, b to the nearest other cluster; averaged) and the within-cluster sum of squares against the
 * total sum of squares (one cluster: the baseline).
 */
final class SegmentMath {

    /** Points beyond this many are sampled evenly for the silhouette (it is quadratic). */
    static final int SILHOUETTE_SAMPLE = 2000;

    private SegmentMath() {
    }

    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    static double silhouette(double[][] points, int[] cluster, int k) {
        int step = Math.max(1, points.length / SILHOUETTE_SAMPLE);
        double total = 0;
        int counted = 0;
        for (int i = 0; i < points.length; i += step) {
            double[] sum = new double[k];
            int[] count = new int[k];
            for (int j = 0; j < points.length; j += step) {
                if (j != i) {
                    sum[cluster[j]] += distance(points[i], points[j]);
                    count[cluster[j]]++;
                }
            }
            if (count[cluster[i]] == 0) {
                counted++; // a point alone in its cluster scores 0
                continue;
            }
            double a = sum[cluster[i]] / count[cluster[i]];
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != cluster[i] && count[c] > 0) {
                    b = Math.min(b, sum[c] / count[c]);
                }
            }
            total += b == Double.POSITIVE_INFINITY ? 0 : (b - a) / Math.max(a, b);
            counted++;
        }
        return counted == 0 ? 0 : total / counted;
    }

    /** Sum of squared distances of the points to their centroids. */
    static double withinSquares(double[][] points, int[] cluster, double[][] centroids) {
        double sum = 0;
        for (int i = 0; i < points.length; i++) {
            double d = distance(points[i], centroids[cluster[i]]);
            sum += d * d;
        }
        return sum;
    }

    /** Sum of squared distances of the points to their mean (the within-cluster sum of one cluster). */
    static double totalSquares(double[][] points) {
        int dims = points[0].length;
        double[] mean = new double[dims];
        for (double[] p : points) {
            for (int d = 0; d < dims; d++) {
                mean[d] += p[d] / points.length;
            }
        }
        double sum = 0;
        for (double[] p : points) {
            double d = distance(p, mean);
            sum += d * d;
        }
        return sum;
    }
}
