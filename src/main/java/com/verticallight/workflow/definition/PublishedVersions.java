package com.verticallight.workflow.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Published definitions, parsed once: a version never changes, so it is cached by workflow and number. */
@ApplicationScoped
public class PublishedVersions {

    private static final int MAX_CACHED = 5_000;

    private final WorkflowVersionRepository versions;
    private final ObjectMapper json;
    private final Map<String, WorkflowDefinition> cache = new ConcurrentHashMap<>();

    public PublishedVersions(WorkflowVersionRepository versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
    }

    /** The current tenant's version (a version of another tenant's workflow is not found). */
    public Uni<WorkflowDefinition> definition(UUID workflowId, int number) {
        String key = workflowId + "#" + number;
        WorkflowDefinition cached = cache.get(key);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        return Panache.withSession(() -> versions.first("workflowId = :workflowId and number = :number",
                Map.of("workflowId", workflowId, "number", number)))
                .onItem().ifNull().failWith(() -> new IllegalStateException("No version " + key))
                .map(version -> {
                    WorkflowDefinition definition = parse(version.definition);
                    if (cache.size() >= MAX_CACHED) {
                        cache.clear();
                    }
                    cache.put(key, definition);
                    return definition;
                });
    }

    WorkflowDefinition parse(String text) {
        try {
            return json.readValue(text, WorkflowDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored workflow definition is unreadable", e);
        }
    }
}
