package com.verticallight.analytics.model;

/**
 * What a model does, with the one algorithm and the targets each kind has here (see docs/analytics.md).
 * Regression predicts a customer's spend over the next 90 days; clustering groups customers into segments by
 * recency, frequency and spend.
 */
public enum ModelKind {
    FORECAST("HOLT_WINTERS", java.util.List.of("REVENUE", "APPOINTMENTS")),
    CLASSIFICATION("LOGISTIC_REGRESSION", java.util.List.of("CHURN")),
    ANOMALY("SEASONAL_MAD", java.util.List.of("REVENUE", "APPOINTMENTS", "LEADS", "DELIVERIES_FAILED")),
    REGRESSION("LINEAR_REGRESSION", java.util.List.of("CUSTOMER_SPEND_90D")),
    CLUSTERING("K_MEANS", java.util.List.of("CUSTOMER_SEGMENTS"));

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

    /** Whether the model learns from customers' visits (else from a daily series). */
    public boolean learnsFromCustomers() {
        return this == CLASSIFICATION || this == REGRESSION || this == CLUSTERING;
    }
}
