package com.verticallight.analytics.anomaly;

import java.util.Comparator;
import java.util.List;

/**
 * Severity from the absolute score, by rules kept as data (table analytics_severity_rule): the highest rule whose
 * minimum score the anomaly reaches. Below the lowest rule a day is normal.
 */
public record Severity(String name, double minScore) {

    /** The severity of a score, or null when it is normal. */
    public static String of(double score, List<Severity> rules) {
        return rules.stream().filter(r -> Math.abs(score) >= r.minScore())
                .max(Comparator.comparingDouble(Severity::minScore)).map(Severity::name).orElse(null);
    }
}
