package com.verticallight.workflow.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every step type, by name: each {@link StepType} bean registers itself by being one. */
@ApplicationScoped
public class StepTypes {

    private final Map<String, StepType> byName;

    StepTypes(Instance<StepType> types) {
        byName = types.stream().collect(Collectors.toMap(StepType::type, Function.identity()));
    }

    public Optional<StepType> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public StepType get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("No step type " + name));
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
