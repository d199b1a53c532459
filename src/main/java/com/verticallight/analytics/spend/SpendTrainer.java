package com.verticallight.analytics.spend;

import com.verticallight.analytics.churn.ChurnFeatures;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.MutableDataset;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.linear.LinearSGDModel;
import org.tribuo.regression.sgd.linear.LinearSGDTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Trains linear regression with Tribuo (LinearSGDTrainer, squared loss, AdaGrad, fixed seed) on standardised
 * features and a standardised target, and reads the weights back into a {@link SpendModel}.
 */
public final class SpendTrainer {

    static final String TARGET = "spend_next_90d";
    private static final int EPOCHS = 60;
    private static final long SEED = 42L;

    private SpendTrainer() {
    }

    /** A customer's features on a day and what they spent in the 90 days after it (major units). */
    public record Labelled(ChurnFeatures.Row row, double spend) {
    }

    public static SpendModel train(List<Labelled> rows) {
        List<String> features = new ArrayList<>(ChurnFeatures.NAMES);
        features.add(SpendModel.SPEND_RATE);
        List<double[]> x = rows.stream().map(r -> SpendModel.withRate(r.row().values())).toList();
        int k = features.size();
        double[] means = new double[k];
        double[] stds = new double[k];
        for (int i = 0; i < k; i++) {
            final int f = i;
            means[i] = x.stream().mapToDouble(v -> v[f]).average().orElse(0);
            stds[i] = std(x.stream().mapToDouble(v -> v[f]).toArray(), means[i]);
        }
        double[] y = rows.stream().mapToDouble(Labelled::spend).toArray();
        double targetMean = java.util.Arrays.stream(y).average().orElse(0);
        double targetScale = std(y, targetMean);
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("spend rows", factory),
                factory);
        String[] names = features.toArray(String[]::new);
        for (int r = 0; r < rows.size(); r++) {
            double[] z = new double[k];
            for (int i = 0; i < k; i++) {
                z[i] = SpendModel.clipped((x.get(r)[i] - means[i]) / stds[i]);
            }
            data.add(new ArrayExample<>(new Regressor(TARGET, (rows.get(r).spend() - targetMean) / targetScale), names,
                    z));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), EPOCHS, 1_000_000,
                1, SEED);
        LinearSGDModel model = trainer.train(data);
        var weights = model.getWeightsCopy();
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            int id = model.getFeatureIDMap().getID(names[i]);
            w[i] = id < 0 ? 0 : weights.get(0, id);
        }
        double bias = weights.get(0, weights.getDimension2Size() - 1);
        return new SpendModel(features, means, stds, w, bias, targetMean, targetScale);
    }

    private static double std(double[] values, double mean) {
        double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0);
        return variance > 1e-12 ? Math.sqrt(variance) : 1;
    }
}
