package com.verticallight.analytics.segment;

import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Money;
import com.verticallight.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.DistanceType;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Segments customers with Tribuo's k-means (k-means++ start, fixed seed) on log1p of recency, frequency and spend,
 * standardised. k runs from 2 to 6 (fewer for few customers) and the k with the best silhouette on the training
 * rows is kept. Each segment is named in plain words from where its centroid lies against the average customer.
 */
public final class SegmentTrainer {

    public static final List<String> FEATURES = List.of("recency_days", "visits_365d", "spend_365d");
    static final int MAX_K = 6;
    static final int ROWS_PER_CLUSTER = 8;
    private static final int ITERATIONS = 100;
    private static final long SEED = 42L;

    private SegmentTrainer() {
    }

    /** The best segmentation of these customers (raw recency days, visits in a year, spend in a year). */
    public static SegmentModel train(List<double[]> raw, String currency) {
        int dims = FEATURES.size();
        double[] means = new double[dims];
        double[] stds = new double[dims];
        for (int d = 0; d < dims; d++) {
            final int f = d;
            means[d] = raw.stream().mapToDouble(r -> SegmentModel.transformed(r, f)).average().orElse(0);
            double variance = raw.stream().mapToDouble(r -> Math.pow(SegmentModel.transformed(r, f) - means[f], 2))
                    .average().orElse(0);
            stds[d] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        SegmentModel scaler = new SegmentModel(FEATURES, means, stds, new double[0][], List.of());
        double[][] points = raw.stream().map(scaler::standardised).toArray(double[][]::new);
        double[][] best = null;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        int maxK = Math.min(MAX_K, Math.max(2, points.length / ROWS_PER_CLUSTER));
        for (int k = 2; k <= maxK; k++) {
            double[][] centroids = kMeans(points, k);
            double s = SegmentMath.silhouette(points, nearest(points, centroids), k);
            if (s > bestSilhouette) {
                bestSilhouette = s;
                best = centroids;
            }
        }
        int[] cluster = nearest(points, best);
        List<SegmentModel.Segment> segments = new ArrayList<>();
        for (int c = 0; c < best.length; c++) {
            segments.add(describe(c, raw, cluster, currency));
        }
        return new SegmentModel(FEATURES, means, stds, best, segments);
    }

    private static double[][] kMeans(double[][] points, int k) {
        ClusteringFactory factory = new ClusteringFactory();
        MutableDataset<ClusterID> data = new MutableDataset<>(new SimpleDataSourceProvenance("customers", factory),
                factory);
        String[] names = FEATURES.toArray(String[]::new);
        for (double[] p : points) {
            data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, p));
        }
        KMeansTrainer trainer = new KMeansTrainer(k, ITERATIONS, DistanceType.L2.getDistance(), KMeansTrainer.Initialisation.PLUSPLUS,
                1, SEED);
        KMeansModel model = trainer.train(data);
        List<List<Feature>> found = model.getCentroids();
        double[][] centroids = new double[found.size()][FEATURES.size()];
        for (int c = 0; c < found.size(); c++) {
            for (Feature feature : found.get(c)) {
                centroids[c][FEATURES.indexOf(feature.getName())] = feature.getValue();
            }
        }
        return centroids;
    }

    static int[] nearest(double[][] points, double[][] centroids) {
        int[] cluster = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = SegmentMath.distance(points[i], centroids[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    cluster[i] = c;
                }
            }
        }
        return cluster;
    }

    /** A segment's typical customer (medians of its members) and its name from how it differs from the rest. */
    private static SegmentModel.Segment describe(int c, List<double[]> raw, int[] cluster, String currency) {
        List<double[]> members = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (cluster[i] == c) {
                members.add(raw.get(i));
            }
        }
        double recency = median(members, 0);
        double visits = median(members, 1);
        double spend = median(members, 2);
        double allRecency = median(raw, 0);
        double allVisits = median(raw, 1);
        double allSpend = median(raw, 2);
        String code;
        if (recency > 2 * Math.max(allRecency, 1) && recency > 60) {
            code = "LAPSED";
        } else if (visits >= 1.5 * allVisits && spend >= 1.5 * allSpend) {
            code = "LOYAL_HIGH_SPEND";
        } else if (visits >= allVisits || spend >= allSpend) {
            code = "REGULAR";
        } else {
            code = "OCCASIONAL";
        }
        Phrase words = words(code, recency, visits, spend, currency);
        return new SegmentModel.Segment(c, code, words.in(Languages.ENGLISH), recency, visits, spend, members.size(),
                words);
    }

    /** "Loyal big spenders: typically 12 visits a year, last visit 9 days ago, ₹21,600 spent in the year". */
    private static Phrase words(String code, double recency, double visits, double spend, String currency) {
        int digits = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        long wholeSpend = Math.round(spend) * (long) Math.pow(10, digits);
        return Phrase.of("analytics.segment.description", "code", code, "visits", Math.round(visits),
                "days", Math.round(recency), "spend", new Money(wholeSpend, currency));
    }

    private static double median(List<double[]> rows, int f) {
        double[] values = rows.stream().mapToDouble(r -> r[f]).sorted().toArray();
        if (values.length == 0) {
            return 0;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /** How well the segments describe other customers (the holdout): silhouette and share of spread explained. */
    public record Evaluation(double silhouette, double withinSquares, double totalSquares, double varianceExplained,
            int[] sizes) {
    }

    public static Evaluation evaluate(SegmentModel model, List<double[]> raw) {
        double[][] points = raw.stream().map(model::standardised).toArray(double[][]::new);
        int[] cluster = nearest(points, model.centroids());
        int[] sizes = new int[model.centroids().length];
        for (int c : cluster) {
            sizes[c]++;
        }
        double within = SegmentMath.withinSquares(points, cluster, model.centroids());
        double total = SegmentMath.totalSquares(points);
        return new Evaluation(SegmentMath.silhouette(points, cluster, model.centroids().length), within, total,
                total == 0 ? 0 : 1 - within / total, sizes);
    }
}
