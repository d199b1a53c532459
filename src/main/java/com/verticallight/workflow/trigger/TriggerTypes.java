package com.verticallight.workflow.trigger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class TriggerTypes {

    private final Map<String, TriggerType> byName;

    TriggerTypes(Instance<TriggerType> types) {
        byName = types.stream().collect(Collectors.toMap(TriggerType::type, Function.identity()));
    }

    public Optional<TriggerType> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
