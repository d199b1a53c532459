package com.verticallight.analytics;

import com.verticallight.workflow.step.ai.ModelRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workflow engine's view of the hub: a model id in an aiPrediction step is a deployed model of the same tenant,
 * named by its id or its name; predicting through it is a stored prediction like any other (counted, with history).
 */
@ApplicationScoped
public class AnalyticsModelRegistry implements ModelRegistry {

    private final PredictionService predictions;

    public AnalyticsModelRegistry(PredictionService predictions) {
        this.predictions = predictions;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    @WithSession
    public Uni<Set<String>> deployed(Collection<String> modelIds) {
        return Multi.createFrom().iterable(Set.copyOf(modelIds))
                .onItem().transformToUniAndConcatenate(ref -> predictions.deployedModel(ref)
                        .map(m -> m == null ? "" : ref))
                .filter(ref -> !ref.isEmpty())
                .collect().asList()
                .map(found -> found.stream().collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public Uni<Prediction> predict(String modelId, Map<String, Object> inputs) {
        return predictions.predictByRef(modelId, inputs).map(p -> {
            Map<String, Object> details = new LinkedHashMap<>();
            if (p.details() != null) {
                details.putAll(p.details());
            }
            details.put("predictionId", p.id().toString());
            details.put("value", p.value());
            details.put("version", p.version());
            Object prediction = p.prediction().matches("-?\\d+") ? (Object) p.value() : p.prediction();
            return new Prediction(prediction, p.confidence(), details);
        });
    }
}
