package com.verticallight.analytics;

import com.verticallight.i18n.StoredWords;
import com.verticallight.i18n.Text;
import com.verticallight.analytics.churn.ChurnFeatures;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.PredictionRecord;
import com.verticallight.analytics.segment.SegmentModel;
import com.verticallight.analytics.segment.SegmentTrainer;
import com.verticallight.analytics.spend.SpendModel;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Predictions of the customer models besides churn: a customer's spend over the next 90 days (regression) and
 * their segment (clustering), from {@code inputs.contactId} (features from the stored visits, today) or from the
 * features given by name.
 */
@ApplicationScoped
public class CustomerPredictions {

    private final DataChecks checks;
    private final TenantData data;

    public CustomerPredictions(DataChecks checks, TenantData data) {
        this.checks = checks;
        this.data = data;
    }

    public Uni<PredictionRecord> spend(AnalyticsModel m, SpendModel model, Map<String, Object> inputs, String field) {
        return features(m, inputs, field, ChurnFeatures.NAMES, null).map(v -> {
            double spend = model.predict(v.values());
            PredictionRecord r = new PredictionRecord();
            r.value = Math.round(spend * 100.0) / 100.0;
            r.prediction = String.valueOf(Math.round(spend));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("spendNext90Days", r.value);
            details.put("unit", "major units of " + v.currency() + " over the next "
                    + CustomerTraining.SPEND_WINDOW_DAYS + " days");
            r.details = JsonText.write(details);
            return r;
        });
    }

    public Uni<PredictionRecord> segment(AnalyticsModel m, SegmentModel model, Map<String, Object> inputs,
            String field) {
        return features(m, inputs, field, SegmentTrainer.FEATURES, CustomerTraining::segmentValues).map(v -> {
            SegmentModel.Assignment a = model.assign(v.values());
            PredictionRecord r = new PredictionRecord();
            r.value = (double) a.segment().index();
            r.prediction = a.segment().code();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("segment", a.segment().index());
            details.put("code", a.segment().code());
            details.put("description", a.segment().description());
            if (a.segment().descriptionWords() != null) {
                details.put("descriptionWords", StoredWords.json(a.segment().descriptionWords()));
            }
            details.put("distance", a.distance());
            r.details = JsonText.write(details);
            return r;
        });
    }

    private record Values(double[] values, String currency) {
    }

    private Uni<Values> features(AnalyticsModel m, Map<String, Object> inputs, String field, List<String> names,
            java.util.function.Function<ChurnFeatures.Row, double[]> fromRow) {
        Object contact = inputs.get("contactId");
        return checks.scope(m.tenantId, m.businessId).chain(place -> {
            if (contact == null) {
                return Uni.createFrom().item(new Values(explicit(inputs, field, names), place.currency()));
            }
            UUID contactId = asUuid(contact);
            if (contactId == null) {
                throw ProblemException.invalid(field + ".contactId", Text.of("analytics.contactId"));
            }
            return data.visits(place.scope(), contactId, place.today().minusDays(m.trainingWindowDays),
                    place.today().minusDays(1)).map(visits -> {
                        ChurnFeatures.Row row = ChurnFeatures.row(contactId, visits, place.today());
                        if (row == null) {
                            throw new NotEnoughData(Text.of("analytics.noVisitLastYear"));
                        }
                        return new Values(fromRow == null ? row.values() : fromRow.apply(row), place.currency());
                    });
        });
    }

    private static double[] explicit(Map<String, Object> inputs, String field, List<String> names) {
        double[] values = new double[names.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(inputs.get(names.get(i)) instanceof Number number)) {
                throw ProblemException.invalid(field + "." + names.get(i), Text.of("analytics.everyFeature",
                        Map.of("features", String.valueOf(names))));
            }
            values[i] = number.doubleValue();
        }
        return values;
    }

    private static UUID asUuid(Object ref) {
        try {
            return UUID.fromString(String.valueOf(ref));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
