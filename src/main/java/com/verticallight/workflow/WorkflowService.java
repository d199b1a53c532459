package com.verticallight.workflow;

import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.platform.problem.PlanLimitExceeded;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.tenant.Limit;
import com.verticallight.tenant.PlanLimits;
import com.verticallight.workflow.WorkflowViews.Published;
import com.verticallight.workflow.WorkflowViews.TemplateCopy;
import com.verticallight.workflow.WorkflowViews.ValidationView;
import com.verticallight.workflow.WorkflowViews.WebhookSecret;
import com.verticallight.workflow.WorkflowViews.VersionSummary;
import com.verticallight.workflow.WorkflowViews.VersionView;
import com.verticallight.workflow.WorkflowViews.WorkflowRequest;
import com.verticallight.workflow.WorkflowViews.WorkflowView;
import com.verticallight.workflow.definition.DefinitionValidator;
import com.verticallight.workflow.definition.Workflow;
import com.verticallight.workflow.definition.WorkflowDefinition;
import com.verticallight.workflow.definition.WorkflowRepository;
import com.verticallight.workflow.definition.WorkflowStatus;
import com.verticallight.workflow.definition.WorkflowVersion;
import com.verticallight.workflow.definition.WorkflowVersionRepository;
import com.verticallight.workflow.step.StepValidation;
import com.verticallight.workflow.step.ai.AiPredictionStep;
import com.verticallight.workflow.definition.PublishedVersions;
import com.verticallight.workflow.trigger.TriggerTypes;
import com.verticallight.workflow.trigger.WorkflowSchedules;
import com.verticallight.workflow.trigger.WorkflowWebhooks;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Workflow definitions: drafts that are validated whole on every save, published versions that are frozen, and
 * pause/resume. A published, unpaused workflow is active and counts against the plan's workflows.
 */
@ApplicationScoped
public class WorkflowService {

    static final String WORKFLOW = "Workflow";

    private final WorkflowRepository workflows;
    private final WorkflowVersionRepository versions;
    private final DefinitionValidator validator;
    private final TriggerTypes triggers;
    private final ConnectionService connections;
    private final BusinessService businesses;
    private final PlanLimits planLimits;
    private final WorkflowSchedules schedules;
    private final WorkflowWebhooks webhooks;
    private final PublishedVersions published;
    private final ObjectMapper json;
    private final Clock clock;
    /** Checks the model ids of aiPrediction steps (field-injected to keep the constructor of the core as it is). */
    @Inject
    AiPredictionStep predictions;
    /** Writes the errors of a check in the reader's language (a save's errors go out as problem+json, already so). */
    @Inject
    ReaderLanguage reader;

    public WorkflowService(WorkflowRepository workflows, WorkflowVersionRepository versions,
            DefinitionValidator validator, TriggerTypes triggers, ConnectionService connections,
            BusinessService businesses, PlanLimits planLimits, WorkflowSchedules schedules, WorkflowWebhooks webhooks,
            PublishedVersions published, ObjectMapper json, Clock clock) {
        this.workflows = workflows;
        this.versions = versions;
        this.validator = validator;
        this.triggers = triggers;
        this.connections = connections;
        this.businesses = businesses;
        this.planLimits = planLimits;
        this.schedules = schedules;
        this.webhooks = webhooks;
        this.published = published;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<WorkflowView> create(WorkflowRequest request) {
        return requireValid(request).chain(() -> {
            Instant now = now();
            Workflow w = new Workflow();
            apply(w, request, now);
            w.status = WorkflowStatus.ACTIVE;
            w.createdAt = now;
            return workflows.add(w);
        }).map(this::view);
    }

    @WithSession
    public Uni<List<WorkflowView>> list() {
        return workflows.listAll("createdAt desc").map(all -> all.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<WorkflowView> get(UUID id) {
        return workflows.getById(id, WORKFLOW).map(this::view);
    }

    /** Replaces the draft; published versions are untouched until the next publish. */
    @WithTransaction
    public Uni<WorkflowView> update(UUID id, WorkflowRequest request) {
        return workflows.getById(id, WORKFLOW).call(() -> requireValid(request)).chain(w -> {
            apply(w, request, now());
            return workflows.flush(w);
        }).map(this::view);
    }

    /** Deletes the workflow with its versions and executions. */
    @WithTransaction
    public Uni<Void> delete(UUID id) {
        return workflows.getById(id, WORKFLOW).call(w -> schedules.stop(w.id)).chain(workflows::remove);
    }

    /** The errors a draft would get on save, without saving it. */
    @WithSession
    public Uni<ValidationView> validate(WorkflowRequest request) {
        return errors(request).chain(errors -> reader.current().map(locale -> new ValidationView(errors.isEmpty(),
                errors.stream().map(error -> error.in(locale)).toList())));
    }

    /** Freezes the draft as the next version; new executions run it. Activating it must fit the plan (409). */
    @WithTransaction
    public Uni<Published> publish(UUID id) {
        return workflows.getById(id, WORKFLOW).chain(w -> {
            WorkflowDefinition draft = parse(w.draft);
            return requireValid(requestOf(w, draft))
                    .chain(() -> w.isActive() || w.status == WorkflowStatus.PAUSED ? Uni.createFrom().voidItem()
                            : requireRoomForOneMore(w.id))
                    .chain(() -> versions.list("workflowId = :id", Map.of("id", w.id), "number desc"))
                    .chain(existing -> {
                        int number = existing.isEmpty() ? 1 : existing.get(0).number + 1;
                        WorkflowVersion version = new WorkflowVersion();
                        version.workflowId = w.id;
                        version.number = number;
                        version.definition = w.draft;
                        version.createdAt = now();
                        return versions.add(version).chain(() -> {
                            w.publishedVersion = number;
                            w.triggerType = draft.trigger().type();
                            w.triggerEvent = triggers.find(w.triggerType).map(t -> t.eventTopic(draft.trigger()))
                                    .orElse(null);
                            w.updatedAt = now();
                            return workflows.flush(w);
                        }).call(() -> schedules.plan(w, draft)).call(() -> webhooks.ensureSecret(w, draft))
                                .replaceWith(new Published(w.id, number));
                    });
        });
    }

    /** The webhook URL path and secret of a published webhook workflow (owners only); 404 before its publish. */
    @WithSession
    public Uni<WebhookSecret> webhookSecret(UUID id) {
        return workflows.getById(id, WORKFLOW).chain(w -> webhooks.secret(w.tenantId, w.id)
                .map(secret -> new WebhookSecret(w.id, webhookPath(w.id), secret)));
    }

    /** A new secret for the webhook; the old one stops working at once. */
    @WithSession
    public Uni<WebhookSecret> rotateWebhookSecret(UUID id) {
        return workflows.getById(id, WORKFLOW).chain(w -> webhooks.rotate(w.tenantId, w.id)
                .map(secret -> new WebhookSecret(w.id, webhookPath(w.id), secret)));
    }

    private static String webhookPath(UUID id) {
        return "/public/workflows/" + id + "/webhook";
    }

    /**
     * Saves a template's definition as a new draft even when it is not valid yet (its placeholders are to be filled),
     * and answers the errors it still has; publishing validates it whole as always.
     */
    @WithTransaction
    public Uni<TemplateCopy> copy(WorkflowRequest request) {
        return errors(request).chain(errors -> {
            errors.stream().filter(e -> e.field().equals("businessId")).findFirst().ifPresent(e -> {
                throw ProblemException.invalid(List.of(e));
            });
            Instant now = now();
            Workflow w = new Workflow();
            apply(w, request, now);
            w.status = WorkflowStatus.ACTIVE;
            w.createdAt = now;
            return workflows.add(w).map(saved -> new TemplateCopy(view(saved), errors));
        });
    }

    @WithSession
    public Uni<List<VersionSummary>> versions(UUID id) {
        return workflows.getById(id, WORKFLOW)
                .chain(w -> versions.list("workflowId = :id", Map.of("id", w.id), "number desc"))
                .map(all -> all.stream().map(v -> new VersionSummary(v.number, v.createdAt)).toList());
    }

    @WithSession
    public Uni<VersionView> version(UUID id, int number) {
        return workflows.getById(id, WORKFLOW)
                .chain(w -> versions.first("workflowId = :id and number = :number", Map.of("id", w.id, "number", number)))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Workflow version"))
                .map(v -> new VersionView(v.workflowId, v.number, parse(v.definition), v.createdAt));
    }

    @WithTransaction
    public Uni<WorkflowView> pause(UUID id) {
        return workflows.getById(id, WORKFLOW).chain(w -> {
            w.status = WorkflowStatus.PAUSED;
            w.updatedAt = now();
            return workflows.flush(w).call(() -> schedules.stop(w.id));
        }).map(this::view);
    }

    /** Resuming a published workflow makes it active again: it must fit the plan (409). */
    @WithTransaction
    public Uni<WorkflowView> resume(UUID id) {
        return workflows.getById(id, WORKFLOW).chain(w -> {
            if (w.status == WorkflowStatus.ACTIVE) {
                return Uni.createFrom().item(w);
            }
            Uni<Void> room = w.publishedVersion == null ? Uni.createFrom().voidItem() : requireRoomForOneMore(w.id);
            return room.chain(() -> {
                w.status = WorkflowStatus.ACTIVE;
                w.updatedAt = now();
                return workflows.flush(w);
            }).call(() -> w.publishedVersion == null ? Uni.createFrom().voidItem()
                    : published.definition(w.id, w.publishedVersion).chain(d -> schedules.plan(w, d)));
        }).map(this::view);
    }

    private Uni<Void> requireRoomForOneMore(UUID self) {
        return planLimits.requireRoomForOneMore(Limit.WORKFLOWS, () -> workflows.count(
                "publishedVersion is not null and status = :active and id <> :self",
                Map.of("active", WorkflowStatus.ACTIVE, "self", self)))
                .onFailure(PlanLimitExceeded.class).transform(e -> {
                    Problem p = ((PlanLimitExceeded) e).problem();
                    return new ProblemException(Problem.of(409, "Plan limit reached",
                            PlanLimitExceeded.text(p.limit(), p.allowed(), ((PlanLimitExceeded) e).plan(), "workflowsActive"))
                            .withLimit(p.limit(), p.allowed()));
                });
    }

    private Uni<Void> requireValid(WorkflowRequest request) {
        return errors(request).invoke(errors -> {
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }).replaceWithVoid();
    }

    /** Every error of the definition, then the connections and business it names that the tenant does not have. */
    private Uni<List<FieldError>> errors(WorkflowRequest request) {
        StepValidation v = validator.validate(request.definition());
        List<FieldError> errors = new ArrayList<>(v.errors());
        Uni<Void> business = request.businessId() == null ? Uni.createFrom().voidItem()
                : businesses.get(request.businessId()).replaceWithVoid().onFailure(ProblemException.class)
                        .recoverWithUni(e -> {
                            errors.add(FieldError.of("businessId", Text.of("field.noSuchBusiness")));
                            return Uni.createFrom().voidItem();
                        });
        Uni<Void> connected = v.connections().isEmpty() ? Uni.createFrom().voidItem()
                : connections.resolve(v.connections().values()).invoke(found -> v.connections().forEach((field, id) -> {
                    if (!found.containsKey(id)) {
                        errors.add(FieldError.of(field, Text.of("field.noSuchConnection")));
                    } else if (request.businessId() != null && found.get(id).businessId() != null
                            && !found.get(id).businessId().equals(request.businessId())) {
                        errors.add(FieldError.of(field, Text.of("workflow.connectionAnotherBusiness")));
                    }
                })).replaceWithVoid();
        Uni<Void> modelled = v.models().isEmpty() ? Uni.createFrom().voidItem()
                : predictions.deployed(v.models().values()).invoke(found -> v.models().forEach((field, id) -> {
                    if (!found.contains(id)) {
                        errors.add(FieldError.of(field, predictions.unknownModelText()));
                    }
                })).replaceWithVoid();
        return business.chain(() -> connected).chain(() -> modelled).map(ignored -> errors.stream()
                .sorted(Comparator.comparing(FieldError::field)).toList());
    }

    private void apply(Workflow w, WorkflowRequest request, Instant now) {
        w.name = request.name().trim();
        w.description = request.description();
        w.businessId = request.businessId();
        w.draft = write(request.definition());
        w.updatedAt = now;
    }

    private static WorkflowRequest requestOf(Workflow w, WorkflowDefinition d) {
        return new WorkflowRequest(w.name, w.description, w.businessId, d.trigger(), d.steps(), d.inputSchema(),
                d.output());
    }

    private WorkflowView view(Workflow w) {
        return new WorkflowView(w.id, w.businessId, w.name, w.description, w.status, w.publishedVersion, w.isActive(),
                parse(w.draft), w.createdAt, w.updatedAt);
    }

    private WorkflowDefinition parse(String text) {
        try {
            return json.readValue(text, WorkflowDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored workflow definition is unreadable", e);
        }
    }

    private String write(WorkflowDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the workflow definition", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
