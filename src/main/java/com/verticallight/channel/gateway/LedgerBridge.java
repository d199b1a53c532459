package com.verticallight.channel.gateway;

import com.verticallight.i18n.Text;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.Baselines;
import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Outcome;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Writes what the gateway did into the automation ledger (automated work, sandbox work apart) and turns a
 * channel that no longer accepts our access into a manual task with guidance. Runs after a fan-out, one
 * action after the other in one transaction.
 */
@ApplicationScoped
public class LedgerBridge {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LedgerBridge.class);

    /**
     * The task type of an action a person did through the gateway (an owner's own review reply): not automated work,
     * so the gateway records nothing for it; the caller records the person's work in the ledger itself.
     */
    public static final String BY_PERSON = "by_person";

    @Inject
    LedgerService ledger;

    @Inject
    ManualTaskService manualTasks;

    @Inject
    Baselines baselines;

    @Inject
    Clock clock;

    /** Refuses a batch that names a task type the ledger does not know, before anything is sent. */
    public Uni<Void> requireKnownTaskTypes(List<ActionCommand> commands) {
        if (commands.stream().allMatch(c -> c.taskType() == null)) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withSession(baselines::minutesByTaskType).invoke(known -> {
            List<FieldError> errors = new ArrayList<>();
            IntStream.range(0, commands.size())
                    .filter(i -> commands.get(i).taskType() != null && !BY_PERSON.equals(commands.get(i).taskType())
                            && !known.containsKey(commands.get(i).taskType()))
                    .forEach(i -> errors.add(FieldError.of("actions[" + i + "].taskType",
                            Text.of("error.oneOf", Map.of("values", known.keySet().toString())))));
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }).replaceWithVoid();
    }

    public Uni<Void> record(List<ActionCommand> commands, List<ActionOutcome> outcomes,
            Map<UUID, ResolvedConnection> connections, Instant startedAt) {
        boolean anything = IntStream.range(0, outcomes.size()).anyMatch(i -> writes(commands.get(i), outcomes.get(i),
                connections.get(commands.get(i).connectionId())));
        if (!anything) { // e.g. webhook events: no ledger task and no failure, so no transaction either
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> Multi.createFrom().range(0, outcomes.size())
                .onItem().transformToUniAndConcatenate(i -> recordOne(commands.get(i), outcomes.get(i),
                        connections.get(commands.get(i).connectionId()), startedAt))
                .collect().last().replaceWithVoid())
                // the actions are done and logged as deliveries; a ledger failure must not report them as failed
                .onFailure().invoke(e -> LOG.errorf(e, "Could not record %d actions in the ledger", outcomes.size()))
                .onFailure().recoverWithNull();
    }

    /** Whether {@link #recordOne} writes anything for this outcome: a task for a failure, or a ledger row. */
    private static boolean writes(ActionCommand command, ActionOutcome outcome, ResolvedConnection connection) {
        return counted(outcome, connection) && (outcome.status() == DeliveryStatus.FAILED
                || ledgerTaskType(command, outcome, connection) != null);
    }

    /** An outcome of this batch's own delivery (not a duplicate of an earlier one) on a known connection. */
    private static boolean counted(ActionOutcome outcome, ResolvedConnection connection) {
        return outcome != null && !outcome.duplicate() && connection != null;
    }

    /** The ledger task to record for a finished outcome, or null when the ledger gets no row for it. */
    private static String ledgerTaskType(ActionCommand command, ActionOutcome outcome, ResolvedConnection connection) {
        String taskType = taskType(command, connection.kind());
        boolean finished = outcome.status() == DeliveryStatus.SENT || outcome.status() == DeliveryStatus.SIMULATED
                || outcome.status() == DeliveryStatus.FAILED;
        return taskType == null || BY_PERSON.equals(taskType) || !finished ? null : taskType;
    }

    private Uni<Void> recordOne(ActionCommand command, ActionOutcome outcome, ResolvedConnection connection,
            Instant startedAt) {
        if (!counted(outcome, connection)) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> task = outcome.status() == DeliveryStatus.FAILED
                ? manualTasks.fromFailure(connection.businessId(), connection.kind(), outcome.errorKind(),
                        outcome.message(), "connection:" + connection.id()).replaceWithVoid()
                : Uni.createFrom().voidItem();
        String taskType = ledgerTaskType(command, outcome, connection);
        if (taskType == null) {
            return task;
        }
        return task.chain(() -> ledger.record(new LedgerRecord(connection.businessId(), taskType, true,
                outcome.status() == DeliveryStatus.SIMULATED,
                outcome.status() == DeliveryStatus.FAILED ? Outcome.FAILED : Outcome.DONE, null, null, startedAt,
                clock.instant(), outcome.message(), String.valueOf(outcome.deliveryId())))).replaceWithVoid();
    }

    /** The ledger task an action is: given by the caller, or known from what it does. */
    static String taskType(ActionCommand command, ChannelKind channel) {
        if (command.taskType() != null) {
            return command.taskType();
        }
        ActionType type = command.action().type();
        if (type == ActionType.POST) {
            return channel == ChannelKind.GOOGLE_BUSINESS_PROFILE ? "google_post" : "social_post";
        }
        return type == ActionType.REVIEW_REPLY ? "review_reply" : null;
    }
}
