package com.verticallight.analytics.spend;

import java.util.List;

/**
 * A trained spend regression as stored with its version: the features' means and standard deviations from the
 * training rows, the linear weights on the standardised features, and the target's mean and scale (the learner
 * fits the standardised spend; standardised features are clipped to ±3). Predicts a customer's spend over the next 90 days in major units (never below 0).
 */
public record SpendModel(List<String> features, double[] means, double[] stds, double[] weights, double bias,
        double targetMean, double targetScale) {

    /** Standardised values are clipped to ±3 deviations, so one unusual customer does not swing the fit or a forecast. */
    public static double clipped(double z) {
        return Math.max(-3, Math.min(3, z));
    }

    /** The name of the derived feature the regression adds to the churn features. */
    public static final String SPEND_RATE = "spend_per_90d";

    /**
     * The churn features plus the customer's spend per 90 days so far (spend in the year over the days of the year
     * they have been a customer, at least 30), the feature closest to what the next 90 days will bring.
     */
    public static double[] withRate(double[] values) {
        double[] all = java.util.Arrays.copyOf(values, values.length + 1);
        double days = Math.max(30, Math.min(365, values[6] + 1));
        all[values.length] = values[2] / days * 90;
        return all;
    }

    /** The spend over the next 90 days of a customer with these churn features. */
    public double predict(double[] churnFeatures) {
        double[] values = withRate(churnFeatures);
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * clipped((values[i] - means[i]) / stds[i]);
        }
        return Math.max(0, targetMean + targetScale * z);
    }
}
