package com.verticallight.analytics.anomaly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of the detector from the tenant's own labels: an anomaly they marked RESOLVED was real, one
 * they marked FALSE_ALARM was not (OPEN and ACKNOWLEDGED are unlabelled). Precision = real / labelled. The days the
 * detector missed are not labelled anywhere, so the detector's full recall cannot be known; what the labels do allow
 * is the recall of each severity cut among the confirmed anomalies (alerting only from HIGH up would have caught
 * this share of the real ones), beside that cut's precision.
 */
public final class LabelledAccuracy {

    /** Severities from the lowest, as the rules name them. */
    public static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    private LabelledAccuracy() {
    }

    /** Counts of one metric's anomalies by severity and label. */
    public record Counts(Map<String, Integer> real, Map<String, Integer> falseAlarms, int unlabelled) {
    }

    /** One severity cut: anomalies at or above it. */
    public record Cut(String fromSeverity, int flagged, Double precision, Double recallOfConfirmed) {
    }

    /** The figures of one metric: precision over all labelled, and per severity cut. */
    public record Figures(int labelled, int real, int falseAlarms, int unlabelled, Double precision, List<Cut> cuts) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("labelled", labelled);
            map.put("resolved", real);
            map.put("falseAlarms", falseAlarms);
            map.put("unlabelled", unlabelled);
            map.put("precision", precision);
            map.put("bySeverity", cuts);
            return map;
        }
    }

    public static Figures of(Counts counts) {
        int real = sum(counts.real(), 0);
        int falseAlarms = sum(counts.falseAlarms(), 0);
        List<Cut> cuts = new ArrayList<>();
        for (int i = 0; i < SEVERITIES.size(); i++) {
            int r = sum(counts.real(), i);
            int f = sum(counts.falseAlarms(), i);
            cuts.add(new Cut(SEVERITIES.get(i), r + f, r + f == 0 ? null : r / (double) (r + f),
                    real == 0 ? null : r / (double) real));
        }
        int labelled = real + falseAlarms;
        return new Figures(labelled, real, falseAlarms, counts.unlabelled(),
                labelled == 0 ? null : real / (double) labelled, cuts);
    }

    private static int sum(Map<String, Integer> bySeverity, int fromIndex) {
        int total = 0;
        for (int i = fromIndex; i < SEVERITIES.size(); i++) {
            total += bySeverity.getOrDefault(SEVERITIES.get(i), 0);
        }
        return total;
    }
}
