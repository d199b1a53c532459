package com.verticallight.analytics.model;

/**
 * What a model does, with the one algorithm and the targets each kind has here. Regression and clustering are not
 * offered: no target in the held data needs them yet (see docs/analytics.md).
 */
public enum ModelKind {
    FORECAST("HOLT_WINTERS", java.util.List.of("REVENUE", "APPOINTMENTS")),
    CLASSIFICATION("LOGISTIC_REGRESSION", java.util.List.of("CHURN")),
    ANOMALY("SEASONAL_MAD", java.util.List.of("REVENUE", "APPOINTMENTS", "LEADS", "DELIVERIES_FAILED"));

    private final String algorithm;
    private final java.util.List<String> targets;

    ModelKind(String algorithm, java.util.List<String> targets) {
        this.algorithm = algorithm;
        this.targets = targets;
    }

    public String algorithm() {
        return algorithm;
    }

    public java.util.List<String> targets() {
        return targets;
    }
}
