package com.verticallight.analytics.churn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A trained churn classifier as stored with its version: the features' means and standard deviations from the
 * training rows, and the logistic weights on the standardised features (the churn class's weights minus the stay
 * class's, as Tribuo's two-class softmax reduces to one logistic function).
 */
public record ChurnModel(List<String> features, double[] means, double[] stds, double[] weights, double bias) {

    /** The probability that the customer does not come back within the window. */
    public double probability(double[] values) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * standardised(values, i);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The features pushing this customer towards churn, strongest first: name and contribution to the log-odds. */
    public List<Reason> reasons(double[] values, int top) {
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            double contribution = weights[i] * standardised(values, i);
            if (contribution > 0) {
                reasons.add(new Reason(features.get(i), values[i], contribution));
            }
        }
        reasons.sort(Comparator.comparingDouble(Reason::contribution).reversed());
        return reasons.subList(0, Math.min(top, reasons.size()));
    }

    private double standardised(double[] values, int i) {
        return (values[i] - means[i]) / stds[i];
    }

    /** One feature's push towards churn for one customer. */
    public record Reason(String feature, double value, double contribution) {
    }
}
