package com.verticallight.workflow.step.ai;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The tenant's deployed models, as the AI prediction step sees them. The analytics hub (model registry) provides
 * the real implementation as a bean of this type; until it exists, {@link NoModelRegistry} knows no models.
 * Every method acts for the current tenant.
 */
public interface ModelRegistry {

    /** Whether a model registry exists at all (false until the analytics hub is built). */
    boolean available();

    /** Which of these model ids are deployed models of the current tenant. */
    Uni<Set<String>> deployed(Collection<String> modelIds);

    /** Runs a deployed model of the current tenant on the inputs. */
    Uni<Prediction> predict(String modelId, Map<String, Object> inputs);

    /** A model's answer: the predicted value (a class label or a number), how confident it is (0-1), and extras. */
    record Prediction(Object prediction, Double confidence, Map<String, Object> details) {
    }
}
