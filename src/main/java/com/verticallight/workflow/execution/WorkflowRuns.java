package com.verticallight.workflow.execution;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.WorkflowConfig;
import com.verticallight.workflow.definition.PublishedVersions;
import com.verticallight.workflow.definition.Workflow;
import com.verticallight.workflow.definition.WorkflowDefinition;
import com.verticallight.workflow.definition.WorkflowDefinition.InputSchema;
import com.verticallight.workflow.definition.WorkflowRepository;
import com.verticallight.workflow.definition.WorkflowStatus;
import com.verticallight.workflow.execution.ExecutionStore.NewExecution;
import com.verticallight.workflow.expression.ExpressionError;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Variables;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts executions of published workflows: by hand (a payload as {@code trigger}) or for a domain event (once per
 * workflow and event, whatever the number of deliveries). The execution and its recovery job are stored before it
 * runs; it then runs at once, in-process.
 */
@ApplicationScoped
public class WorkflowRuns {

    private static final Logger LOG = Logger.getLogger(WorkflowRuns.class);

    private final WorkflowRepository workflows;
    private final PublishedVersions versions;
    private final ExecutionStore store;
    private final WorkflowEngine engine;
    private final Expressions expressions;
    private final CurrentTenant currentTenant;
    private final WorkflowConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    public WorkflowRuns(WorkflowRepository workflows, PublishedVersions versions, ExecutionStore store,
            WorkflowEngine engine, Expressions expressions, CurrentTenant currentTenant, WorkflowConfig config,
            ObjectMapper json, Clock clock) {
        this.workflows = workflows;
        this.versions = versions;
        this.store = store;
        this.engine = engine;
        this.expressions = expressions;
        this.currentTenant = currentTenant;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** A started execution; {@code done} completes when its first pass ends (with the status it left). */
    public record Started(UUID executionId, Uni<PassEnd> done) {
    }

    /**
     * Runs the published version now with the payload as trigger; 409 while unpublished or paused. A {@code sandbox}
     * run is a test: nothing it does leaves the product (see {@link com.verticallight.workflow.step.StepContext#sandbox}).
     */
    public Uni<Started> manual(UUID workflowId, Map<String, Object> payload, boolean sandbox) {
        return Panache.withSession(() -> workflows.getById(workflowId, "Workflow"))
                .chain(w -> direct(RunTarget.of(w), "manual", payload, sandbox));
    }

    /**
     * Runs the published version for a call of its public webhook (the caller checked the signature and runs this as
     * the workflow's tenant); 409 while unpublished, paused or not a webhook workflow.
     */
    public Uni<Started> webhook(UUID workflowId, Map<String, Object> payload) {
        return Panache.withSession(() -> workflows.getById(workflowId, "Workflow"))
                .chain(w -> direct(RunTarget.of(w), "webhook", payload, false));
    }

    /** A workflow as a direct run needs it: its published version (null before the first publish) and state. */
    public record RunTarget(UUID workflowId, Integer publishedVersion, boolean paused, String triggerType,
            UUID businessId) {

        static RunTarget of(Workflow w) {
            return new RunTarget(w.id, w.publishedVersion, w.status == WorkflowStatus.PAUSED, w.triggerType, w.businessId);
        }
    }

    /**
     * Runs the published version for a call of its public webhook, with the workflow as the webhook's lookup read it
     * (the caller checked the signature and runs this as the workflow's tenant); 409 while unpublished, paused or not
     * a webhook workflow.
     */
    public Uni<Started> webhook(RunTarget target, Map<String, Object> payload) {
        return direct(target, "webhook", payload, false);
    }

    private Uni<Started> direct(RunTarget w, String triggerType, Map<String, Object> payload, boolean sandbox) {
        Map<String, Object> trigger = payload == null ? Map.of() : payload;
        if (w.publishedVersion() == null) {
            throw ProblemException.conflict(Text.of("workflow.workflowHasNoPublishedVersion"));
        }
        if (w.paused()) {
            throw ProblemException.conflict(Text.of("workflow.workflowPausedResumeRun"));
        }
        if (!"manual".equals(triggerType) && !triggerType.equals(w.triggerType())) {
            throw ProblemException.conflict(Text.of("workflow.noSuchTrigger", Map.of("trigger", triggerType)));
        }
        return versions.definition(w.workflowId(), w.publishedVersion()).chain(definition -> {
            requireInput(definition.inputSchema(), trigger);
            return start(w.workflowId(), w.publishedVersion(), w.businessId(), triggerType, null, trigger, true, sandbox);
        });
    }

    /**
     * Runs an active schedule workflow for one fire time, once per time whatever the number of attempts (the
     * reference is the time). Null when it ran for this time before; the execution may be SKIPPED by the daily limit.
     */
    public Uni<Started> scheduled(Workflow w, Instant slot, Map<String, Object> trigger) {
        return start(w.id, w.publishedVersion, w.businessId, "schedule", "schedule:" + slot, trigger, false, false);
    }

    /**
     * Starts every active workflow of the current tenant listening to this event whose filter passes; each once per
     * event id (a second delivery finds the execution and starts nothing). Returns how many started.
     */
    public Uni<Integer> event(UUID eventId, String topic, Map<String, Object> payload) {
        String businessId = payload.get("businessId") == null ? null : String.valueOf(payload.get("businessId"));
        return Panache.withSession(() -> workflows.list("triggerEvent = :topic and publishedVersion is not null "
                + "and status = :active", Map.of("topic", topic, "active", WorkflowStatus.ACTIVE), "createdAt"))
                .chain(found -> Multi.createFrom().iterable(found)
                        .filter(w -> w.businessId == null || w.businessId.toString().equals(businessId))
                        .onItem().transformToUniAndConcatenate(w -> versions.definition(w.id, w.publishedVersion)
                                .chain(definition -> passes(definition, payload)
                                        ? start(w.id, w.publishedVersion, w.businessId, w.triggerType,
                                                "event:" + eventId, payload, false, false)
                                                .map(s -> s == null ? 0 : 1)
                                        : Uni.createFrom().item(0)))
                        .collect().asList())
                .map(started -> started.stream().mapToInt(Integer::intValue).sum());
    }

    private boolean passes(WorkflowDefinition definition, Map<String, Object> payload) {
        String filter = definition.trigger().filter();
        if (filter == null) {
            return true;
        }
        try {
            return expressions.test(filter, Variables.of(payload, clock.instant()));
        } catch (ExpressionError e) {
            LOG.warnf("Event filter %s failed, the workflow does not start: %s", filter, e.getMessage());
            return false;
        }
    }

    /**
     * Null when this trigger reference started an execution before. Over the plan's executions per day a direct run
     * ({@code refuseOverLimit}) answers 429 and stores nothing; an event or schedule is stored SKIPPED with the reason.
     */
    private Uni<Started> start(UUID workflowId, int version, UUID workflowBusinessId, String triggerType,
            String triggerRef, Map<String, Object> trigger, boolean refuseOverLimit, boolean sandbox) {
        requireSize(trigger);
        // an event's business comes from the product's own payload; a manual payload is never trusted for it
        UUID businessId = workflowBusinessId != null || triggerRef == null || !triggerRef.startsWith("event:")
                ? workflowBusinessId : uuidOrNull(trigger.get("businessId"));
        Instant now = clock.instant();
        UUID tenantId = currentTenant.id();
        return store.insert(new NewExecution(tenantId, workflowId, version, businessId, triggerType, triggerRef,
                trigger, sandbox), now, now.plus(config.lease()), refuseOverLimit)
                .onFailure(ExecutionStore.DailyLimitReached.class).transform(e -> new ProblemException(Problem.of(429,
                        "Plan limit reached", Text.of("workflow.executionsPerDay",
                                Map.of("allowed", ((ExecutionStore.DailyLimitReached) e).allowed)))
                        .withLimit(ExecutionStore.LIMIT, ((ExecutionStore.DailyLimitReached) e).allowed)))
                .map(inserted -> inserted == null ? null : inserted.skipped() != null
                        ? new Started(inserted.id(), Uni.createFrom().item(new PassEnd(ExecutionStatus.SKIPPED, null,
                                inserted.skipped())))
                        : new Started(inserted.id(), engine.launch(tenantId, inserted)));
    }

    private void requireSize(Map<String, Object> trigger) {
        try {
            if (json.writeValueAsString(trigger).length() > config.maxPayloadChars()) {
                throw ProblemException.invalid("trigger", Text.of("workflow.triggerTooLarge", Map.of("max", config.maxPayloadChars())));
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("trigger", Text.of("workflow.notJSON"));
        }
    }

    static void requireInput(InputSchema schema, Map<String, Object> trigger) {
        if (schema == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (schema.required() != null) {
            schema.required().stream().filter(name -> trigger.get(name) == null)
                    .forEach(name -> errors.add(FieldError.of("trigger." + name, Text.of("field.required"))));
        }
        if (schema.properties() != null) {
            schema.properties().forEach((name, type) -> {
                Object value = trigger.get(name);
                if (value != null && !hasType(value, type)) {
                    errors.add(FieldError.of("trigger." + name, Text.of("workflow.inputType", Map.of("type", String.valueOf(type)))));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
            case "boolean" -> value instanceof Boolean;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            default -> true;
        };
    }

    private static UUID uuidOrNull(Object value) {
        try {
            return value == null ? null : UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
