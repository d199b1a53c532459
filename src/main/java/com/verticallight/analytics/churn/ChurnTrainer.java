package com.verticallight.analytics.churn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains logistic regression with Tribuo (LinearSGDTrainer, log loss, AdaGrad, fixed seed so a retrain on the same
 * rows gives the same model) on standardised features, and reads its weights back into a {@link ChurnModel}.
 */
public final class ChurnTrainer {

    static final String CHURN = "churn";
    static final String STAY = "stay";
    private static final int EPOCHS = 40;
    private static final long SEED = 42L;

    private ChurnTrainer() {
    }

    public static ChurnModel train(List<ChurnFeatures.Labelled> rows) {
        List<double[]> values = rows.stream().map(r -> r.row().values()).toList();
        boolean[] churned = new boolean[rows.size()];
        for (int i = 0; i < churned.length; i++) {
            churned[i] = rows.get(i).churned();
        }
        return train(ChurnFeatures.NAMES, values, churned);
    }

    /** The same training on any named features (the public-data benchmark uses it on a tabular churn set). */
    public static ChurnModel train(List<String> features, List<double[]> values, boolean[] churned) {
        int k = features.size();
        double[] means = new double[k];
        double[] stds = new double[k];
        for (int i = 0; i < k; i++) {
            final int f = i;
            means[i] = values.stream().mapToDouble(v -> v[f]).average().orElse(0);
            double variance = values.stream().mapToDouble(v -> Math.pow(v[f] - means[f], 2)).average().orElse(0);
            stds[i] = variance > 1e-12 ? Math.sqrt(variance) : 1;
        }
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("churn rows", factory), factory);
        String[] names = features.toArray(String[]::new);
        for (int r = 0; r < values.size(); r++) {
            double[] z = new double[k];
            for (int i = 0; i < k; i++) {
                z[i] = (values.get(r)[i] - means[i]) / stds[i];
            }
            Example<Label> example = new ArrayExample<>(new Label(churned[r] ? CHURN : STAY), names, z);
            data.add(example);
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS, 1_000_000,
                1, SEED);
        LinearSGDModel model = trainer.train(data);
        return weightsOf(model, features, means, stds);
    }

    private static ChurnModel weightsOf(LinearSGDModel model, List<String> features, double[] means, double[] stds) {
        var weights = model.getWeightsCopy();
        int churn = model.getOutputIDInfo().getID(new Label(CHURN));
        int stay = model.getOutputIDInfo().getID(new Label(STAY));
        int k = features.size();
        double[] w = new double[k];
        Map<String, Integer> ids = new HashMap<>();
        for (String name : features) {
            ids.put(name, model.getFeatureIDMap().getID(name));
        }
        for (int i = 0; i < k; i++) {
            Integer id = ids.get(features.get(i));
            w[i] = id == null || id < 0 ? 0 : weights.get(churn, id) - weights.get(stay, id);
        }
        int biasColumn = weights.getDimension2Size() - 1;
        double bias = weights.get(churn, biasColumn) - weights.get(stay, biasColumn);
        return new ChurnModel(new ArrayList<>(features), means, stds, w, bias);
    }
}
