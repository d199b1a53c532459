package com.verticallight.workflow.step.ai;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The registry until the analytics hub exists: no tenant has a deployed model, so nothing is predicted. */
@DefaultBean
@ApplicationScoped
public class NoModelRegistry implements ModelRegistry {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Uni<Set<String>> deployed(Collection<String> modelIds) {
        return Uni.createFrom().item(Set.of());
    }

    @Override
    public Uni<Prediction> predict(String modelId, Map<String, Object> inputs) {
        return Uni.createFrom().failure(new IllegalStateException("No model registry: the analytics hub is not "
                + "available yet"));
    }
}
