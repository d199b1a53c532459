package com.verticallight.analytics;

import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.i18n.StoredWords;
import com.verticallight.i18n.Text;
import com.verticallight.analytics.AnalyticsViews.FeedbackRequest;
import com.verticallight.analytics.AnalyticsViews.PredictionView;
import com.verticallight.analytics.DataChecks.Place;
import com.verticallight.analytics.churn.ChurnFeatures;
import com.verticallight.analytics.churn.ChurnModel;
import com.verticallight.analytics.segment.SegmentModel;
import com.verticallight.analytics.spend.SpendModel;
import com.verticallight.analytics.forecast.ForecastState;
import com.verticallight.analytics.forecast.HoltWinters;
import com.verticallight.analytics.model.AnalyticsModel;
import com.verticallight.analytics.model.ModelStatus;
import com.verticallight.analytics.model.PredictionRecord;
import com.verticallight.analytics.model.Repositories.Models;
import com.verticallight.analytics.model.Repositories.Predictions;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Predictions of deployed models, each stored (history, feedback, live accuracy) and counted against the plan's
 * predictions per day; a prediction reaching the model's threshold writes analytics.prediction_threshold to the
 * outbox in the same transaction.
 */
@ApplicationScoped
public class PredictionService {

    public static final String THRESHOLD_TOPIC = "analytics.prediction_threshold";
    static final int MAX_HORIZON_DAYS = 90;

    private final Models models;
    private final Predictions predictions;
    private final PredictionStore store;
    private final DeployedModels deployed;
    private final TenantData data;
    private final CurrentTenant tenant;
    private final Clock clock;
    private final CustomerPredictions customers;
    private final ReaderLanguage reader;

    public PredictionService(Models models, Predictions predictions, PredictionStore store, DeployedModels deployed,
            TenantData data, CurrentTenant tenant, Clock clock, CustomerPredictions customers, ReaderLanguage reader) {
        this.customers = customers;
        this.reader = reader;
        this.models = models;
        this.predictions = predictions;
        this.store = store;
        this.deployed = deployed;
        this.data = data;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** A deployed model of the current tenant by id or by name; null when there is none. */
    public Uni<AnalyticsModel> deployedModel(String ref) {
        UUID id = asUuid(ref);
        Uni<AnalyticsModel> found = id != null ? models.findById(id) : models.first("name = :name", Map.of("name", ref));
        return found.map(m -> m != null && m.status == ModelStatus.DEPLOYED && m.deployedVersion != null ? m : null);
    }

    private static UUID asUuid(String ref) {
        try {
            return UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * One prediction: three round trips (the model, plan and place; the day's allowance taken on the relaxed pool;
     * then the group-committed write).
     */
    public Uni<PredictionView> predict(UUID modelId, Map<String, Object> inputs) {
        return single(modelId.toString(), false, inputs);
    }

    private Uni<PredictionView> single(String ref, boolean workflowRef, Map<String, Object> inputs) {
        return store.serving(tenant.id(), ref, workflowRef, 1).chain(s -> made(s,
                predictOne(s, inputs == null ? Map.of() : inputs, "inputs")
                        .chain(made -> store.save(List.of(made.record()), made.events()).replaceWith(made.view()))))
                .chain(view -> reader.current().map(locale -> written(view, locale)));
    }

    /** What is made with the reserved allowance; given back when nothing was made. */
    private <T> Uni<T> made(PredictionStore.Serving serving, Uni<T> making) {
        return making.onFailure().call(() -> store.release(serving).onFailure().recoverWithNull());
    }

    /** Up to 500 predictions, counted together against the plan and stored in one transaction. */
    public Uni<List<PredictionView>> predictBatch(UUID modelId, List<Map<String, Object>> items) {
        return store.serving(tenant.id(), modelId.toString(), false, items.size())
                .chain(s -> made(s, Multi.createFrom().range(0, items.size())
                        .onItem().transformToUniAndConcatenate(i -> predictOne(s,
                                items.get(i) == null ? Map.of() : items.get(i), "items[" + i + "].inputs"))
                        .collect().asList()
                        .chain(made -> store.save(made.stream().map(Made::record).toList(),
                                made.stream().flatMap(x -> x.events().stream()).toList())
                                .replaceWith(made.stream().map(Made::view).toList()))))
                .chain(views -> reader.current().map(locale -> views.stream().map(v -> written(v, locale)).toList()));
    }

    /** For the workflow step: the model by id or name, deployed, of the current tenant. */
    public Uni<PredictionView> predictByRef(String ref, Map<String, Object> inputs) {
        return single(ref, true, inputs);
    }

    /** A prediction made, its record to store, the events it raises and the answer. */
    private record Made(PredictionRecord record, List<PredictionStore.Event> events, PredictionView view) {
    }

    private Uni<Made> predictOne(PredictionStore.Serving serving, Map<String, Object> inputs, String field) {
        AnalyticsModel m = serving.model();
        return deployed.of(m).chain(loaded -> switch (m.kind) {
            case FORECAST -> forecast(m, serving.place(), (ForecastState) loaded.state(), inputs, field);
            case CLASSIFICATION -> churn(m, serving.place(), (ChurnModel) loaded.state(), inputs, field);
            case ANOMALY -> throw ProblemException.conflict(Text.of("analytics.anomalyModelsDoNotPredict"));
            case REGRESSION -> customers.spend(m, (SpendModel) loaded.state(), inputs, field)
                    .map(r -> new Computed(r, Views.map(r.details)));
            case CLUSTERING -> customers.segment(m, (SegmentModel) loaded.state(), inputs, field)
                    .map(r -> new Computed(r, Views.map(r.details)));
        }).map(made -> {
            PredictionRecord record = made.record();
            record.id = UUID.randomUUID();
            record.tenantId = m.tenantId;
            record.modelId = m.id;
            record.versionNumber = m.deployedVersion;
            record.inputs = JsonText.write(inputs);
            record.createdAt = clock.instant();
            List<PredictionStore.Event> events = !crossed(m, record) ? List.of() : List.of(new PredictionStore.Event(
                    m.tenantId, THRESHOLD_TOPIC, JsonText.write(Outbox.payload("model", m.name, "modelId", m.id,
                            "predictionId", record.id, "businessId", m.businessId, "prediction", record.prediction,
                            "value", record.value, "contactId", inputs.get("contactId")))));
            return new Made(record, events, new PredictionView(record.id, m.id, record.versionNumber,
                    record.prediction, record.value, record.confidence, made.details(), record.targetDate, null, null,
                    null, record.createdAt));
        });
    }

    /** A record with its details both as stored text and as the map answered (so the answer is not parsed back). */
    /** The prediction with the words in its details (a segment's description) in the reader's language. */
    private static PredictionView written(PredictionView v, Locale locale) {
        return new PredictionView(v.id(), v.modelId(), v.version(), v.prediction(), v.value(), v.confidence(),
                StoredWords.written(v.details(), locale), v.targetDate(), v.correct(), v.actual(), v.feedbackAt(),
                v.createdAt());
    }

    private record Computed(PredictionRecord record, Map<String, Object> details) {
    }

    private static boolean crossed(AnalyticsModel m, PredictionRecord record) {
        return m.predictionThreshold != null && record.value != null && record.value >= m.predictionThreshold;
    }

    private Uni<Computed> forecast(AnalyticsModel m, Place place, ForecastState state, Map<String, Object> inputs,
            String field) {
        return Uni.createFrom().item(() -> {
            LocalDate day = place.today().plusDays(1);
            if (inputs.get("date") != null) {
                try {
                    day = LocalDate.parse(String.valueOf(inputs.get("date")));
                } catch (DateTimeParseException e) {
                    throw ProblemException.invalid(field + ".date", Text.of("analytics.dateLike20270105"));
                }
            }
            if (!day.isAfter(state.lastDay()) || day.isAfter(state.lastDay().plusDays(MAX_HORIZON_DAYS))) {
                throw ProblemException.invalid(field + ".date", Text.of("analytics.dateAfterLearned",
                        Map.of("lastDay", state.lastDay().toString(), "days", MAX_HORIZON_DAYS)));
            }
            HoltWinters.Point point = state.on(day);
            PredictionRecord r = new PredictionRecord();
            r.value = point.value();
            r.prediction = String.valueOf(Math.round(point.value()));
            r.targetDate = day;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("date", day.toString());
            details.put("lower95", point.lower());
            details.put("upper95", point.upper());
            details.put("unit", m.target.equals("REVENUE") ? "minor units of " + place.currency() : "appointments");
            r.details = JsonText.write(details);
            return new Computed(r, details);
        });
    }

    private Uni<Computed> churn(AnalyticsModel m, Place place, ChurnModel model, Map<String, Object> inputs,
            String field) {
        Object contact = inputs.get("contactId");
        Uni<double[]> values;
        if (contact != null) {
            UUID contactId = asUuid(String.valueOf(contact));
            if (contactId == null) {
                throw ProblemException.invalid(field + ".contactId", Text.of("analytics.contactId"));
            }
            values = data.visits(place.scope(), contactId, place.today().minusDays(m.trainingWindowDays),
                    place.today().minusDays(1)).map(visits -> {
                        ChurnFeatures.Row row = ChurnFeatures.row(contactId, visits, place.today());
                        if (row == null) {
                            throw new NotEnoughData(Text.of("analytics.noVisitLastYear"));
                        }
                        return row.values();
                    });
        } else {
            values = Uni.createFrom().item(() -> explicitFeatures(inputs, field));
        }
        return values.map(v -> {
            double p = model.probability(v);
            PredictionRecord r = new PredictionRecord();
            r.value = p;
            r.prediction = p >= 0.5 ? "churn" : "stay";
            r.confidence = Math.max(p, 1 - p);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("probability", p);
            details.put("reasons", model.reasons(v, 3));
            r.details = JsonText.write(details);
            return new Computed(r, details);
        });
    }

    private static double[] explicitFeatures(Map<String, Object> inputs, String field) {
        double[] values = new double[ChurnFeatures.NAMES.size()];
        for (int i = 0; i < values.length; i++) {
            String name = ChurnFeatures.NAMES.get(i);
            if (!(inputs.get(name) instanceof Number number)) {
                throw ProblemException.invalid(field + "." + name, Text.of("analytics.everyFeature",
                        Map.of("features", ChurnFeatures.NAMES.toString())));
            }
            values[i] = number.doubleValue();
        }
        return values;
    }

    @WithSession
    public Uni<List<PredictionView>> history(UUID modelId, int limit) {
        String where = modelId == null ? null : "modelId = :id";
        Map<String, Object> params = modelId == null ? Map.of() : Map.of("id", modelId);
        return predictions.page(where, params, "createdAt desc", 0, limit)
                .chain(all -> reader.current().map(locale -> all.stream().map(p -> Views.prediction(p, locale)).toList()));
    }

    @WithTransaction
    public Uni<PredictionView> feedback(UUID predictionId, FeedbackRequest request) {
        if (request.correct() == null && request.actual() == null) {
            throw ProblemException.invalid("correct", Text.of("analytics.giveCorrectTrueFalseActual"));
        }
        return predictions.getById(predictionId, "Prediction").chain(p -> {
            p.correct = request.correct();
            p.actual = request.actual();
            if (p.correct == null && p.actual != null && (p.prediction.equals("churn") || p.prediction.equals("stay"))) {
                p.correct = (p.actual >= 0.5) == p.prediction.equals("churn"); // actual 1 = churned, 0 = came back
            }
            p.feedbackAt = clock.instant();
            return predictions.flush(p);
        }).chain(p -> reader.current().map(locale -> Views.prediction(p, locale)));
    }

    static Map<String, Object> mutable(Map<String, Object> map) {
        return map == null ? new HashMap<>() : new HashMap<>(map);
    }
}
