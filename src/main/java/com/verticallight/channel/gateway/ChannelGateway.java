package com.verticallight.channel.gateway;

import com.verticallight.i18n.Text;
import com.verticallight.channel.connect.GoogleAccessTokens;
import com.verticallight.channel.connection.ConnectionHealth;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.ActionResult;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.crm.Decision;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Executes outbound actions: each is claimed by its idempotency key, performed by its platform's connector
 * (live through retries and the circuit breaker, or recorded in the sandbox), and logged. Many actions run
 * concurrently, bounded per tenant and globally; one slow or failing platform holds back no other.
 */
@ApplicationScoped
public class ChannelGateway {

    @Inject
    ConnectionService connections;

    @Inject
    ConnectionHealth health;

    @Inject
    ConnectorRegistry connectors;

    @Inject
    DeliveryLog log;

    @Inject
    Resilience resilience;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    SendGuard guard;

    @Inject
    LedgerBridge ledger;

    @Inject
    java.time.Clock clock;

    @Inject
    DeliveryResolver resolver;

    @Inject
    GoogleAccessTokens googleTokens;

    @Inject
    com.verticallight.platform.observability.ProductMetrics metrics;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ChannelGateway.class);

    /** Executes the current tenant's actions; messages to people pass the send policy first. */
    public Uni<List<ActionOutcome>> executeAll(List<ActionCommand> commands) {
        return run(commands, true, false, false);
    }

    /**
     * A test's sends (a workflow's sandbox run): like {@link #executeAll}, policy included, but recorded in the
     * sandbox as "would have been sent" whatever the mode of the connections; nothing reaches a platform.
     */
    public Uni<List<ActionOutcome>> simulateAll(List<ActionCommand> commands) {
        return run(commands, true, false, true);
    }

    /**
     * A durable job's sends: like {@link #executeAll}, but a key whose last round failed transiently (nothing
     * arrived: 5xx, rate limit, open circuit, a timeout before anything left) is taken again as a new round of the
     * same delivery, so a job retried after an outage sends it then (still never twice). A transient failure is not
     * written to the ledger here: the job retries it, and hands it to the owner when it stops being useful.
     */
    public Uni<List<ActionOutcome>> executeForJob(List<ActionCommand> commands) {
        return run(commands, true, true, false);
    }

    /**
     * A read on one of the current tenant's connections (e.g. list reviews): live through retries and the circuit
     * breaker, or the sandbox's stable answer. Not a delivery: nothing is claimed or logged, and it may be repeated.
     */
    public Uni<ActionResult> read(UUID connectionId, OutboundAction action) {
        return connections.resolve(List.of(connectionId)).chain(googleTokens::freshForLive).chain(found -> {
            ResolvedConnection connection = found.get(connectionId);
            if (connection == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Connection"));
            }
            Connector connector = connectors.forKind(connection.kind());
            boolean sandbox = connection.mode() == ConnectionMode.SANDBOX;
            PlatformHttp http = sandbox ? new SandboxHttp(connector, "read-" + connectionId.toString().substring(0, 8))
                    : resilience.http(connection, connector);
            return resilience.bounded(currentTenant.id(), () -> Uni.createFrom()
                    .deferred(() -> connector.perform(action, connection.details(), http)))
                    .onFailure(PlatformFailure.class)
                    .call(failure -> recordHealth(connection, (PlatformFailure) failure));
        });
    }

    /** For the service's own confirmations only (an opt-out acknowledgement): no send-policy check. */
    public Uni<List<ActionOutcome>> executeUnchecked(List<ActionCommand> commands) {
        return run(commands, false, false, false);
    }

    private Uni<List<ActionOutcome>> run(List<ActionCommand> commands, boolean checkPolicy, boolean retakeTransient,
            boolean simulate) {
        UUID tenantId = currentTenant.id();
        java.time.Instant started = clock.instant();
        return connections.resolve(commands.stream().map(ActionCommand::connectionId).distinct().toList())
                .map(found -> simulate ? inSandbox(found) : found)
                .chain(googleTokens::freshForLive)
                .invoke(found -> requireKnown(commands, found))
                .call(() -> ledger.requireKnownTaskTypes(commands))
                .chain(found -> (checkPolicy ? guard.decide(commands, found)
                        : Uni.createFrom().item(Map.<Integer, Decision>of()))
                        .chain(decisions -> fanOut(tenantId, commands, found, decisions, retakeTransient))
                        .call(outcomes -> ledger.record(commands, retakeTransient ? withoutTransient(outcomes)
                                : outcomes, found, started)));
    }

    private static Map<UUID, ResolvedConnection> inSandbox(Map<UUID, ResolvedConnection> found) {
        Map<UUID, ResolvedConnection> sandboxed = new java.util.HashMap<>();
        found.forEach((id, c) -> sandboxed.put(id, new ResolvedConnection(c.id(), c.businessId(), c.kind(),
                ConnectionMode.SANDBOX, c.status(), c.details())));
        return sandboxed;
    }

    private Uni<List<ActionOutcome>> fanOut(UUID tenantId, List<ActionCommand> commands,
            Map<UUID, ResolvedConnection> found, Map<Integer, Decision> decisions, boolean retakeTransient) {
        return Multi.createFrom().range(0, commands.size())
                .onItem().transformToUni(i -> resilience.bounded(tenantId,
                        () -> execute(tenantId, commands.get(i), found.get(commands.get(i).connectionId()),
                                decisions.getOrDefault(i, Decision.allowed()), retakeTransient))
                        .map(outcome -> Map.entry(i, outcome)))
                .merge(commands.size())
                .collect().asList()
                .map(done -> done.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList());
    }

    Uni<ActionOutcome> execute(UUID tenantId, ActionCommand command, ResolvedConnection connection,
            Decision decision, boolean retakeTransient) {
        String key = command.idempotencyKey() == null ? UUID.randomUUID().toString() : command.idempotencyKey();
        DeliveryLog.Claim claim = new DeliveryLog.Claim(tenantId, connection.id(), connection.kind().name(),
                command.action().type() == null ? "UNKNOWN" : command.action().type().name(), key,
                command.action().to(), connection.mode().name(), JsonText.write(command.action()),
                command.isMarketing(), command.taskType());
        if (!decision.isAllowed()) {
            return withheld(claim, decision, connection, command);
        }
        // a live send follows its claim at once: "request started" is committed with the claim (one round trip)
        boolean live = connection.mode() == ConnectionMode.LIVE;
        return (live ? log.claimStarted(claim) : log.claim(claim, DeliveryStatus.SENDING)).chain(claimed -> claimed
                .map(deliveryId -> perform(deliveryId, key, command, connection, live))
                .orElseGet(() -> retakeTransient ? retakeOrEarlier(tenantId, key, command, connection)
                        : earlier(tenantId, key, connection)));
    }

    /** A new round for a key whose last round failed transiently; else the earlier delivery as it stands. */
    private Uni<ActionOutcome> retakeOrEarlier(UUID tenantId, String key, ActionCommand command,
            ResolvedConnection connection) {
        return log.retake(tenantId, key).chain(taken -> taken
                .map(deliveryId -> perform(deliveryId, key, command, connection, false))
                .orElseGet(() -> earlier(tenantId, key, connection)));
    }

    /** Refused by the send policy (opted out, outside the WhatsApp window...) or deferred by quiet hours. */
    private Uni<ActionOutcome> withheld(DeliveryLog.Claim claim, Decision decision, ResolvedConnection connection,
            ActionCommand command) {
        boolean deferred = decision.outcome() == Decision.Outcome.DEFERRED;
        DeliveryStatus status = deferred ? DeliveryStatus.DEFERRED : DeliveryStatus.REFUSED;
        String reason = deferred ? "QUIET_HOURS" : decision.reason().name();
        return log.claim(claim, status).invoke(claimed -> claimed.ifPresent(id -> metrics.delivery(claim.channel(),
                status.name()))).chain(claimed -> claimed
                .map(deliveryId -> log.finish(claim.tenantId(), deliveryId, new DeliveryLog.Finish(status, null, reason,
                        null, decision.message(), 0, List.of()))
                        .chain(() -> deferred ? log.defer(claim.tenantId(), deliveryId, command, decision.until())
                                : Uni.createFrom().voidItem())
                        .replaceWith(new ActionOutcome(deliveryId, connection.id(), claim.idempotencyKey(), status,
                                false, null, reason, null, decision.message(), null)))
                .orElseGet(() -> earlier(claim.tenantId(), claim.idempotencyKey(), connection)));
    }

    /**
     * Sends a delivery that quiet hours held back, now that they are over (see {@link DeferredSender}). The
     * policy is checked again: the contact may have opted out in the meantime. Runs as the delivery's tenant.
     */
    Uni<ActionOutcome> resume(UUID deliveryId, ActionCommand held) {
        ActionCommand command = new ActionCommand(held.connectionId(), held.idempotencyKey(), held.action(),
                held.marketing(), true, held.taskType());
        Uni<Map<UUID, ResolvedConnection>> resolved = command.connectionId() == null ? Uni.createFrom().item(Map.of())
                : connections.resolve(List.of(command.connectionId())).chain(googleTokens::freshForLive);
        return resolved.chain(found -> {
            ResolvedConnection connection = command.connectionId() == null ? null : found.get(command.connectionId());
            if (connection == null) {
                return log.finish(currentTenant.id(), deliveryId, new DeliveryLog.Finish(DeliveryStatus.FAILED, null,
                        "REJECTED", null,
                        "The connection was removed", 0, List.of())).replaceWith((ActionOutcome) null);
            }
            return guard.decide(List.of(command), found).chain(decisions -> {
                Decision decision = decisions.getOrDefault(0, Decision.allowed());
                if (!decision.isAllowed()) {
                    String reason = decision.reason() == null ? "QUIET_HOURS" : decision.reason().name();
                    return log.finish(currentTenant.id(), deliveryId, new DeliveryLog.Finish(DeliveryStatus.REFUSED,
                            null, reason, null,
                            decision.message(), 0, List.of())).replaceWith((ActionOutcome) null);
                }
                java.time.Instant started = clock.instant();
                return perform(deliveryId, command.idempotencyKey(), command, connection, false)
                        .call(outcome -> ledger.record(List.of(command), List.of(outcome), found, started));
            });
        });
    }

    /** @param started the claim already recorded that the request leaves now: no separate mark before it */
    private Uni<ActionOutcome> perform(UUID deliveryId, String key, ActionCommand command,
            ResolvedConnection connection, boolean started) {
        Connector connector = connectors.forKind(connection.kind());
        boolean sandbox = connection.mode() == ConnectionMode.SANDBOX;
        SandboxHttp sandboxHttp = new SandboxHttp(connector, deliveryId.toString().substring(0, 8));
        UUID tenantId = connection.details().tenantId();
        ResilientHttp liveHttp = resilience.http(connection, connector);
        if (!started) {
            liveHttp.beforeFirstRequest(() -> log.markStarted(tenantId, deliveryId));
        }
        return Uni.createFrom().deferred(() -> connector.perform(command.action(), connection.details(),
                sandbox ? sandboxHttp : liveHttp))
                .chain(result -> succeeded(deliveryId, key, connection, result,
                        sandbox ? sandboxHttp.wouldHaveSent() : liveHttp.attempts(), sandbox))
                .onFailure().recoverWithUni(failure -> failure instanceof DeliveryTaken
                        ? earlier(tenantId, key, connection)
                        : failed(deliveryId, key, command, connection, asPlatformFailure(failure),
                                sandbox ? sandboxHttp.wouldHaveSent() : liveHttp.attempts()));
    }

    private Uni<ActionOutcome> succeeded(UUID deliveryId, String key, ResolvedConnection connection,
            ActionResult result, List<PlatformRequest> requests, boolean sandbox) {
        DeliveryStatus status = sandbox ? DeliveryStatus.SIMULATED : DeliveryStatus.SENT;
        metrics.delivery(connection.kind().name(), status.name());
        return log.finish(connection.details().tenantId(), deliveryId, new DeliveryLog.Finish(status,
                result.platformId(), null, null, null, requests.size(), requests))
                .chain(() -> sandbox || connection.status() == ConnectionStatus.OK ? Uni.createFrom().voidItem()
                        : health.record(connection.id(), ConnectionStatus.OK, null))
                .replaceWith(new ActionOutcome(deliveryId, connection.id(), key, status, false, result.platformId(),
                        null, null, null, sandbox ? requests : null));
    }

    private Uni<ActionOutcome> failed(UUID deliveryId, String key, ActionCommand command,
            ResolvedConnection connection, PlatformFailure failure, List<PlatformRequest> requests) {
        LOG.infof("Delivery %s on %s failed: %s%s", deliveryId, connection.kind(), failure.kind(),
                failure.platformCode() == null ? "" : " (platform code " + failure.platformCode() + ")");
        if (failure.mayHaveArrived() && connection.mode() == ConnectionMode.LIVE) {
            metrics.delivery(connection.kind().name(), "UNRESOLVED");
            // a context of its own: the read-back and the owner's task open sessions, and the fan-out runs many at once
            DeliveryResolver.Unresolved unresolved = new DeliveryResolver.Unresolved(deliveryId, key, connection,
                    command.action(), clock.instant(), failure.getMessage(), requests);
            return recordHealth(connection, failure).chain(() -> currentTenant.runAs(connection.details().tenantId(),
                    () -> resolver.resolveStarted(unresolved)));
        }
        metrics.delivery(connection.kind().name(), DeliveryStatus.FAILED.name());
        return log.finish(connection.details().tenantId(), deliveryId, new DeliveryLog.Finish(DeliveryStatus.FAILED,
                null, failure.kind().name(),
                failure.platformCode(), failure.getMessage(), requests.size(), requests))
                .chain(() -> recordHealth(connection, failure))
                .replaceWith(new ActionOutcome(deliveryId, connection.id(), key, DeliveryStatus.FAILED, false, null,
                        failure.kind().name(), failure.platformCode(), failure.getMessage(),
                        connection.mode() == ConnectionMode.SANDBOX ? requests : null));
    }

    private Uni<Void> recordHealth(ResolvedConnection connection, PlatformFailure failure) {
        return switch (failure.kind()) {
            case AUTH_EXPIRED -> health.record(connection.id(), ConnectionStatus.NEEDS_REAUTH, failure.getMessage());
            case TRANSIENT, RATE_LIMITED, CIRCUIT_OPEN ->
                health.record(connection.id(), ConnectionStatus.FAILING, failure.getMessage());
            default -> Uni.createFrom().voidItem();
        };
    }

    /** The key was used before: report that delivery, send nothing. */
    private Uni<ActionOutcome> earlier(UUID tenantId, String key, ResolvedConnection connection) {
        return log.byKey(tenantId, key).map(row -> new ActionOutcome(row.getUUID("id"), connection.id(), key,
                DeliveryStatus.valueOf(row.getString("status")), true, row.getString("platform_id"),
                row.getString("error_kind"), row.getString("error_code"), row.getString("error_message"), null));
    }

    /** Transient failures are the job's to retry: they are not yet an outcome for the ledger. */
    private static List<ActionOutcome> withoutTransient(List<ActionOutcome> outcomes) {
        return outcomes.stream().map(o -> o != null && o.status() == DeliveryStatus.FAILED
                && DeliveryResolver.TRANSIENT_KINDS.contains(o.errorKind()) ? null : o).toList();
    }

    private static PlatformFailure asPlatformFailure(Throwable failure) {
        if (failure instanceof PlatformFailure platform) {
            return platform;
        }
        return new PlatformFailure(PlatformFailure.Kind.PERMANENT, null,
                "Unexpected error: " + failure.getClass().getSimpleName(), null);
    }

    private static void requireKnown(List<ActionCommand> commands, Map<UUID, ResolvedConnection> found) {
        List<FieldError> errors = new ArrayList<>();
        IntStream.range(0, commands.size()).filter(i -> !found.containsKey(commands.get(i).connectionId()))
                .forEach(i -> errors.add(FieldError.of("actions[" + i + "].connectionId", Text.of("field.noSuchConnection"))));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
