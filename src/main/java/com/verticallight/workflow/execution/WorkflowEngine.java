package com.verticallight.workflow.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.gateway.FairLimiter;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.WorkflowConfig;
import com.verticallight.workflow.definition.PublishedVersions;
import com.verticallight.workflow.definition.WorkflowDefinition;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.execution.ExecutionStore.Claimed;
import com.verticallight.workflow.execution.ExecutionStore.StepRunRow;
import com.verticallight.workflow.expression.ExpressionError;
import com.verticallight.workflow.expression.Expressions;
import com.verticallight.workflow.expression.Expressions.Kind;
import com.verticallight.workflow.step.ExecutionStopped;
import com.verticallight.workflow.step.PathOutcome;
import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.StepResult;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepTypes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Runs executions in-process: steps follow each other in one Uni pipeline, each step run written as it finishes
 * (and before it starts, for a step with an external effect). A pass holds the execution under a lease; the
 * {@code workflow.resume} job written with the claim takes it over if this instance dies, and walks the graph
 * again from the start, skipping every step run stored as SUCCEEDED (its output is read back instead). Waits
 * (delays, retry backoff) end the pass and leave a job for the time they end. Passes are bounded per tenant and
 * globally; when tenants wait, a freed slot goes to the one running the fewest for its plan's weight, first come first
 * served within a tenant.
 */
@ApplicationScoped
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Where a stopped path (a losing parallel branch) stands: its parallel step no longer waits for it. */
    private static final Uni<PathOutcome> STOPPED = Uni.createFrom().item(new PathOutcome.Waiting(null));

    private final ExecutionStore store;
    private final StepTypes types;
    private final Expressions expressions;
    private final PublishedVersions versions;
    private final BusinessService businesses;
    private final ConnectionService connectionService;
    private final FailureHandOff handOff;
    private final CurrentTenant currentTenant;
    private final WorkflowConfig config;
    private final ObjectMapper json;
    private final Clock clock;
    private final FairLimiter<UUID> limiter;
    private final com.verticallight.tenant.ConcurrencyWeights weights;

    @jakarta.inject.Inject
    com.verticallight.platform.observability.ProductMetrics metrics;

    public WorkflowEngine(ExecutionStore store, StepTypes types, Expressions expressions, PublishedVersions versions,
            BusinessService businesses, ConnectionService connectionService, FailureHandOff handOff, CurrentTenant currentTenant, WorkflowConfig config,
            ObjectMapper json, Clock clock, com.verticallight.tenant.ConcurrencyWeights weights) {
        this.weights = weights;
        this.store = store;
        this.types = types;
        this.expressions = expressions;
        this.versions = versions;
        this.businesses = businesses;
        this.connectionService = connectionService;
        this.handOff = handOff;
        this.currentTenant = currentTenant;
        this.config = config;
        this.json = json;
        this.clock = clock;
        this.limiter = new FairLimiter<>(config.globalConcurrency(), config.perTenantConcurrency(), weights::weight);
    }

    /**
     * Starts a pass of a stored execution now, in the background (its own Vert.x context, within the bounds). The
     * returned Uni completes with the status the pass left (null if another pass held it); it is already running.
     */
    public Uni<PassEnd> launch(UUID tenantId, UUID executionId) {
        return background(tenantId, executionId, () -> pass(tenantId, executionId));
    }

    /**
     * Starts the first pass of an execution just stored already taken for it ({@link ExecutionStore#insert}): no claim
     * and no step runs to read back.
     */
    public Uni<PassEnd> launch(UUID tenantId, ExecutionStore.Inserted inserted) {
        return background(tenantId, inserted.id(), () -> load(tenantId, inserted.id(), inserted.claimed(),
                inserted.leaseUntil(), false).chain(p -> walk(p, p.definition.start(), null).chain(o -> end(p, o))));
    }

    private Uni<PassEnd> background(UUID tenantId, UUID executionId, Supplier<Uni<PassEnd>> work) {
        Uni<PassEnd> pass = currentTenant.runAs(tenantId, () -> bounded(tenantId, work)).memoize().indefinitely();
        pass.subscribe().with(status -> {
        }, failure -> {
            if (failure instanceof ExecutionStopped) {
                LOG.infof("Workflow execution %s: %s", executionId, failure.getMessage());
            } else {
                LOG.warnf(failure, "Workflow execution %s: the pass stopped; its resume job takes it over", executionId);
            }
        });
        return pass;
    }

    /** A pass for the resume job (already running as the tenant). Fails while another live pass holds it. */
    public Uni<Void> resume(UUID tenantId, UUID executionId) {
        return bounded(tenantId, () -> pass(tenantId, executionId))
                .onFailure(ExecutionStopped.class).recoverWithItem(new PassEnd(ExecutionStatus.CANCELLED, null, null))
                .chain(status -> status != null
                ? Uni.createFrom().voidItem()
                : store.find(tenantId, executionId).invoke(row -> {
                    if (row != null && row.status().isOpen()) {
                        throw new IllegalStateException("Execution " + executionId + " is held by another pass");
                    }
                }).replaceWithVoid());
    }

    /**
     * Within the instance's bound, each tenant within its own, free slots going to the waiting tenant running the
     * fewest for its plan's weight.
     */
    private <T> Uni<T> bounded(UUID tenantId, Supplier<Uni<T>> work) {
        return weights.load(tenantId).chain(weight -> limiter.run(tenantId, work));
    }

    private Uni<PassEnd> pass(UUID tenantId, UUID executionId) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(config.lease());
        return store.claim(tenantId, executionId, now, leaseUntil).chain(claimed -> claimed == null
                ? Uni.createFrom().nullItem()
                : load(tenantId, executionId, claimed, leaseUntil, true).chain(p -> walk(p, p.definition.start(), null)
                        .chain(outcome -> end(p, outcome))));
    }

    private Uni<Pass> load(UUID tenantId, UUID executionId, Claimed claimed, Instant leaseUntil, boolean readBack) {
        return versions.definition(claimed.workflowId(), claimed.version())
                .chain(definition -> (usesBusiness(definition) ? business(claimed.businessId())
                        : Uni.createFrom().item(Map.<String, Object>of()))
                        .chain(business -> connections(definition)
                        .chain(connections -> (readBack ? store.stepRuns(tenantId, executionId)
                                : Uni.createFrom().item(List.<StepRunRow>of())).map(runs -> {
                            Map<String, StepRunRow> prior = new HashMap<>();
                            runs.forEach(run -> prior.put(run.stepKey(), run));
                            return new Pass(tenantId, executionId, claimed.workflowId(), claimed.businessId(),
                                    definition, read(claimed.trigger()), business, connections, prior, claimed.pass(),
                                    leaseUntil, claimed.sandbox());
                        }))));
    }

    /**
     * Whether anything in the definition can read the business's variables: an expression or template naming
     * {@code business} (the text is searched, so any use counts), or a delay until a local time (its time zone).
     * When nothing does, the pass does not read the business (one query less per pass).
     */
    static boolean usesBusiness(WorkflowDefinition definition) {
        if (definition.output() != null && definition.output().contains("business")) {
            return true;
        }
        return definition.steps() != null && definition.steps().stream().anyMatch(step ->
                step.settingsOrEmpty().containsKey("until") || mentionsBusiness(step.settingsOrEmpty()));
    }

    private static boolean mentionsBusiness(Object value) {
        if (value instanceof String text) {
            return text.contains("business");
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> mentionsBusiness(String.valueOf(e.getKey()))
                    || mentionsBusiness(e.getValue()));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().anyMatch(WorkflowEngine::mentionsBusiness);
        }
        return false;
    }

    /** The connections the steps name, read once for the pass (none: no read). */
    private Uni<Map<UUID, ResolvedConnection>> connections(WorkflowDefinition definition) {
        Set<UUID> ids = new HashSet<>();
        definition.steps().forEach(step -> {
            Object id = step.settingsOrEmpty().get("connectionId");
            if (id instanceof String text) {
                try {
                    ids.add(UUID.fromString(text));
                } catch (IllegalArgumentException notAnId) {
                    // validation refuses it on save; the step fails on its own
                }
            }
        });
        return ids.isEmpty() ? Uni.createFrom().item(Map.of()) : Panache.withSession(() -> connectionService.resolve(ids));
    }

    private Uni<Map<String, Object>> business(UUID businessId) {
        if (businessId == null) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.withSession(() -> businesses.get(businessId)).map(WorkflowEngine::businessVariables)
                .onFailure(ProblemException.class).recoverWithItem(Map.of());
    }

    static Map<String, Object> businessVariables(BusinessView b) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", b.id().toString());
        all.put("name", b.name());
        all.put("category", b.category() == null ? null : b.category().toString());
        all.put("city", b.city());
        all.put("country", b.country());
        all.put("language", b.language());
        all.put("timeZone", b.timeZone());
        all.put("phone", b.phone());
        all.put("email", b.email());
        all.put("website", b.website());
        return all;
    }

    /** Runs a path from a step until it ends, waits or fails. */
    Uni<PathOutcome> walk(Pass p, String stepId, Object lastOutput) {
        if (stepId == null) {
            return Uni.createFrom().item(new PathOutcome.Finished(lastOutput));
        }
        StepDefinition step = p.definition.step(stepId).orElseThrow();
        if (p.stopped(stepId)) {
            return STOPPED; // a losing branch of a parallel step (join first/any): nothing more of it starts
        }
        if (p.stepsRun.incrementAndGet() > config.maxStepsPerExecution()) {
            return Uni.createFrom().item(new PathOutcome.Failed(stepId, "ran more than "
                    + config.maxStepsPerExecution() + " steps"));
        }
        StepType type = types.get(step.type());
        String key = stepId + p.suffix;
        StepRunRow prior = p.prior.get(key);
        Instant now = clock.instant();
        if (prior == null) {
            return execute(p, step, type, key, 1);
        }
        return switch (prior.status()) {
            case SUCCEEDED -> {
                Object output = parse(prior.output());
                p.output(stepId, output, type.setsVariables());
                yield walk(p, target(step, prior.edge()), output);
            }
            case FAILED -> {
                p.error(stepId, prior.error());
                yield "onError".equals(prior.edge()) ? walk(p, step.onError(), null)
                        : Uni.createFrom().item(new PathOutcome.Failed(key, prior.error()));
            }
            case WAITING -> {
                if (prior.waitUntil() != null && now.isBefore(prior.waitUntil())) {
                    yield Uni.createFrom().item(new PathOutcome.Waiting(prior.waitUntil()));
                }
                if ("wait".equals(prior.edge())) {
                    yield waitOver(p, step, type, key, prior);
                }
                yield execute(p, step, type, key, "retry".equals(prior.edge()) ? prior.attempt() + 1 : prior.attempt());
            }
            // a pass died while it ran: the same attempt again (an effect keeps its key, so it happens once)
            case RUNNING -> execute(p, step, type, key, Math.max(1, prior.attempt()));
            case CANCELLED -> STOPPED;
        };
    }

    /** A wait whose time came: the step type says how it ends (a delay goes on; an approval times out). */
    private Uni<PathOutcome> waitOver(Pass p, StepDefinition step, StepType type, String key, StepRunRow prior) {
        StepRunContext context = new StepRunContext(this, p, step, key, prior.attempt(), clock.instant(), expressions);
        return Uni.createFrom().deferred(() -> type.waitOver(context, parse(prior.output())))
                .chain(result -> finished(p, step, type, key, prior.attempt(), prior.startedAt(), result));
    }

    /**
     * Runs one attempt of a step. Before it: the lease is kept, and a step with an external effect is recorded RUNNING
     * only while the execution is still RUNNING (a cancelled one stops here, before any effect).
     */
    private Uni<PathOutcome> execute(Pass p, StepDefinition step, StepType type, String key, int attempt) {
        Instant started = clock.instant();
        Uni<Void> before = keepLease(p, started).chain(() -> !type.hasEffect() || p.stopped(step.id()) ? Uni.createFrom().voidItem()
                : type.claimsItsEffect() ? store.flush(p.tenantId, p.executionId, p.drain())
                : store.flush(p.tenantId, p.executionId, p.drain()).chain(() -> store.startEffect(p.tenantId, p.executionId, new StepRunRow(key, step.id(), step.type(),
                        StepRunStatus.RUNNING, attempt, null, input(step), null, null, null, started, null))
                        .invoke(open -> {
                            if (!open) {
                                throw new ExecutionStopped("Execution " + p.executionId + " is no longer running");
                            }
                        }).replaceWithVoid()));
        return before.chain(() -> p.stopped(step.id()) ? STOPPED : attempt(p, step, type, key, attempt, started));
    }

    private Uni<PathOutcome> attempt(Pass p, StepDefinition step, StepType type, String key, int attempt,
            Instant started) {
        StepRunContext context = new StepRunContext(this, p, step, key, attempt, started, expressions);
        return Uni.createFrom().deferred(() -> type.run(context))
                .map(result -> (Object) result)
                .onFailure(failure -> !(failure instanceof ExecutionStopped)).recoverWithItem(failure -> failure)
                .chain(result -> result instanceof StepResult stepResult
                        ? finished(p, step, type, key, attempt, started, stepResult)
                        : failed(p, step, key, attempt, started, (Throwable) result));
    }

    private Uni<PathOutcome> finished(Pass p, StepDefinition step, StepType type, String key, int attempt,
            Instant started, StepResult result) {
        Instant now = clock.instant();
        if (result instanceof StepResult.Done done) {
            String output = write(done.output());
            if (output != null && output.length() > config.maxPayloadChars()) {
                return failed(p, step, key, attempt, started, new StepFailure("the step's output is larger than "
                        + config.maxPayloadChars() + " characters", false));
            }
            return save(p, step, key, StepRunStatus.SUCCEEDED, attempt, done.edge(), output, null, null, started, now)
                    .invoke(() -> p.output(step.id(), done.output(), type.setsVariables()))
                    .chain(() -> walk(p, target(step, done.edge()), done.output()));
        }
        if (result instanceof StepResult.Wait wait) {
            return save(p, step, key, StepRunStatus.WAITING, attempt, "wait", write(wait.output()), null, wait.until(),
                    started, null)
                    .call(() -> store.wakeAt(p.tenantId, p.executionId, key + ":wake", wait.until(), now))
                    .replaceWith(new PathOutcome.Waiting(wait.until()));
        }
        if (result instanceof StepResult.Suspended suspended) {
            return save(p, step, key, StepRunStatus.WAITING, attempt, "join", null, null, null, started, null)
                    .replaceWith(new PathOutcome.Waiting(suspended.until()));
        }
        StepResult.BranchFailed branch = (StepResult.BranchFailed) result;
        return save(p, step, key, StepRunStatus.FAILED, attempt, null, null, "branch step " + branch.stepKey()
                + " failed", null, started, now).replaceWith(new PathOutcome.Failed(branch.stepKey(), branch.error()));
    }

    private Uni<PathOutcome> failed(Pass p, StepDefinition step, String key, int attempt, Instant started,
            Throwable failure) {
        Instant now = clock.instant();
        String error = message(failure);
        int maxAttempts = intSetting(step, "maxAttempts", 1);
        if (retryable(failure) && attempt < maxAttempts) {
            Duration base = step.settingsOrEmpty().get("backoff") == null ? Duration.ofSeconds(30)
                    : Duration.parse(String.valueOf(step.settingsOrEmpty().get("backoff")));
            Instant until = now.plus(base.multipliedBy(1L << Math.min(attempt - 1, 16)));
            return save(p, step, key, StepRunStatus.WAITING, attempt, "retry", null, error, until, started, null)
                    .call(() -> store.wakeAt(p.tenantId, p.executionId, key + ":retry:" + attempt, until, now))
                    .replaceWith(new PathOutcome.Waiting(until));
        }
        if (step.onError() != null) {
            return save(p, step, key, StepRunStatus.FAILED, attempt, "onError", null, error, null, started, now)
                    .invoke(() -> p.error(step.id(), error))
                    .chain(() -> walk(p, step.onError(), null));
        }
        return save(p, step, key, StepRunStatus.FAILED, attempt, null, null, error, null, started, now)
                .replaceWith(new PathOutcome.Failed(key, error));
    }

    private Uni<PassEnd> end(Pass p, PathOutcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof PathOutcome.Finished) {
            Object output;
            try {
                output = p.definition.output() == null ? p.outputs()
                        : expressions.evaluate(p.definition.output(), Kind.ANY, p.variables(now));
            } catch (ExpressionError e) {
                return endFailed(p, "output", "The output expression failed: " + e.getMessage(), now);
            }
            return store.endPass(p.tenantId, p.executionId, ExecutionStatus.SUCCEEDED, write(output), null, null, now,
                    p.drain()).invoke(ended -> countEnd(ended, ExecutionStatus.SUCCEEDED)).replaceWith(new PassEnd(ExecutionStatus.SUCCEEDED, output, null));
        }
        if (outcome instanceof PathOutcome.Waiting) {
            return store.endPass(p.tenantId, p.executionId, ExecutionStatus.WAITING, null, null, null, now, p.drain())
                    .replaceWith(new PassEnd(ExecutionStatus.WAITING, null, null));
        }
        PathOutcome.Failed failed = (PathOutcome.Failed) outcome;
        return endFailed(p, failed.stepKey(), failed.error(), now);
    }

    private void countEnd(Object ended, ExecutionStatus status) {
        if (!Boolean.FALSE.equals(ended)) {
            metrics.workflowExecution(status.name());
        }
    }

    private Uni<PassEnd> endFailed(Pass p, String stepKey, String error, Instant now) {
        return store.endPass(p.tenantId, p.executionId, ExecutionStatus.FAILED, null, error, stepKey, now, p.drain())
                .invoke(ended -> countEnd(ended, ExecutionStatus.FAILED))
                .call(ended -> ended && p.businessId != null
                        ? handOff.failed(p.businessId, p.workflowId, p.executionId, stepKey, error)
                        : Uni.createFrom().voidItem())
                .replaceWith(new PassEnd(ExecutionStatus.FAILED, null, error));
    }

    /**
     * Past half of its lease, a pass pushes the lease (and its recovery job) forward before its next step. A pass
     * that lost the execution (cancelled, or taken over after a stall) stops before running the step.
     */
    private Uni<Void> keepLease(Pass p, Instant now) {
        Duration lease = config.lease();
        if (now.isBefore(p.leaseUntil().minus(lease.dividedBy(2)))) {
            return Uni.createFrom().voidItem();
        }
        Instant until = now.plus(lease);
        return store.extendLease(p.tenantId, p.executionId, p.number, until, now).invoke(kept -> {
            if (!kept) {
                throw new ExecutionStopped("Execution " + p.executionId + " was cancelled or taken over by another pass");
            }
            p.leaseUntil(until);
        }).replaceWithVoid();
    }

    /** A branch runs on a Vert.x context of its own, so its database work never shares a session with another's. */
    Uni<PathOutcome> branch(Pass p, String start) {
        return currentTenant.runAs(p.tenantId, () -> walk(p, start, null));
    }

    /**
     * Stops the losing branches of a parallel step (join first/any): every step reachable from them, except what the
     * winner or the parallel step's own edges reach, starts no more in this pass. Returns the step ids stopped.
     */
    Set<String> stopBranches(Pass p, StepDefinition parallel, List<String> losers, String winner) {
        Set<String> keep = reachable(p, Stream.of(winner, parallel.next(), parallel.onError())
                .filter(Objects::nonNull).toList());
        Set<String> stop = reachable(p, losers);
        stop.removeAll(keep);
        stop.remove(parallel.id());
        p.stop(stop);
        return stop;
    }

    /**
     * Ends the stopped steps' RUNNING and WAITING runs as CANCELLED and cancels the jobs that would wake them; each
     * step type then closes what it left open (an approval's manual task). Call once the stopped branches returned.
     */
    Uni<Void> cancelStopped(Pass p, Set<String> stepIds, String reason) {
        Instant now = clock.instant();
        return store.cancelSteps(p.tenantId, p.executionId, stepIds, p.suffix, reason, now)
                .chain(cancelled -> Multi.createFrom().iterable(cancelled.entrySet())
                        .onItem().transformToUniAndConcatenate(run -> types.find(run.getValue())
                                .map(type -> type.cancelled(p.executionId, p.businessId, run.getKey(), reason))
                                .orElse(Uni.createFrom().voidItem()))
                        .collect().last().replaceWithVoid());
    }

    private Set<String> reachable(Pass p, List<String> starts) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            StepDefinition step = p.definition.step(id).orElse(null);
            if (step == null || !seen.add(id)) {
                continue;
            }
            Stream.of(step.next(), step.onTrue(), step.onFalse(), step.onError(), step.onApprove(), step.onReject(),
                    step.onTimeout()).filter(Objects::nonNull).forEach(todo::push);
            types.find(step.type()).ifPresent(type -> type.branches(step).forEach(todo::push));
        }
        return seen;
    }

    /** One iteration of a loop's body, on a Vert.x context of its own, with its item and index. */
    Uni<PathOutcome> iteration(Pass p, String start, int index, Object item) {
        Pass iteration = p.iteration(index, item);
        return currentTenant.runAs(p.tenantId, () -> walk(iteration, start, null));
    }

    /**
     * A finished step run is kept by the pass and written with the next write (before the next effect, or when the
     * pass ends): a pass that dies before that runs it again, which a step without an effect may, and a step with one
     * answers from its own idempotency record. A waiting one is written at once, before the job that wakes it.
     */
    private Uni<Void> save(Pass p, StepDefinition step, String key, StepRunStatus status, int attempt, String edge,
            String output, String error, Instant waitUntil, Instant started, Instant finished) {
        StepRunRow run = new StepRunRow(key, step.id(), step.type(), status, attempt, edge, input(step), output, error,
                waitUntil, started, finished);
        if (status == StepRunStatus.WAITING) {
            return store.saveStep(p.tenantId, p.executionId, run);
        }
        p.keep(run);
        return Uni.createFrom().voidItem();
    }

    private static String target(StepDefinition step, String edge) {
        if (edge == null) {
            return step.next();
        }
        return switch (edge) {
            case "onTrue" -> step.onTrue();
            case "onFalse" -> step.onFalse();
            case "onApprove" -> step.onApprove() != null ? step.onApprove() : step.next();
            case "onReject" -> step.onReject() != null ? step.onReject() : step.next();
            case "onTimeout" -> step.onTimeout() != null ? step.onTimeout() : step.next();
            default -> step.next();
        };
    }

    private String input(StepDefinition step) {
        return Secrets.cap(write(Secrets.mask(step.settingsOrEmpty())), config.maxStoredChars());
    }

    private static boolean retryable(Throwable failure) {
        if (failure instanceof StepFailure stepFailure) {
            return stepFailure.retryable();
        }
        return !(failure instanceof ExpressionError) && !(failure instanceof ProblemException);
    }

    private static String message(Throwable failure) {
        if (failure instanceof ProblemException problem && problem.problem().errors() != null) {
            return problem.getMessage() + ": " + problem.problem().errors();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    static int intSetting(StepDefinition step, String name, int fallback) {
        Object value = step.settingsOrEmpty().get(name);
        return value instanceof Number n ? n.intValue() : fallback;
    }

    private String write(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a step value as JSON", e);
        }
    }

    private Object parse(String text) {
        try {
            return text == null ? null : json.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored step output is unreadable", e);
        }
    }

    private Map<String, Object> read(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored trigger is unreadable", e);
        }
    }

    /** For the definitions' own use, e.g. checking a trigger filter. */
    public WorkflowDefinition parsed(String definition) {
        try {
            return json.readValue(definition, WorkflowDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored workflow definition is unreadable", e);
        }
    }
}
