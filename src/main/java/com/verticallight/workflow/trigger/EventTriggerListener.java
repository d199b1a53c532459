package com.verticallight.workflow.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.outbox.OutboxEvent;
import com.verticallight.platform.outbox.OutboxTopicListener;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.execution.WorkflowRuns;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;

/**
 * Starts the workflows listening to each event the outbox hands on. The event is acknowledged once the executions
 * are stored (each unique by workflow and event id), so a crash before that delivers it again and a second
 * delivery starts nothing new.
 */
@ApplicationScoped
public class EventTriggerListener implements OutboxTopicListener {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** The domain events and the analytics hub's AI events. */
    private static final Set<String> TOPICS = java.util.stream.Stream.concat(EventTrigger.EVENTS.stream(),
            AiTrigger.TOPICS.values().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final WorkflowRuns runs;
    private final CurrentTenant currentTenant;
    private final ObjectMapper json;

    public EventTriggerListener(WorkflowRuns runs, CurrentTenant currentTenant, ObjectMapper json) {
        this.runs = runs;
        this.currentTenant = currentTenant;
        this.json = json;
    }

    @Override
    public Set<String> topics() {
        return TOPICS;
    }

    @Override
    public Uni<Void> handle(OutboxEvent event) {
        if (event.tenantId() == null) {
            return Uni.createFrom().voidItem();
        }
        Map<String, Object> payload;
        try {
            payload = json.readValue(event.payload(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.id() + " is not JSON", e);
        }
        return currentTenant.runAs(event.tenantId(), () -> runs.event(event.id(), event.topic(), payload))
                .replaceWithVoid();
    }
}
