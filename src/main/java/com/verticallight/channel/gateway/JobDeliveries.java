package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Moment;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import com.verticallight.job.RunAgainAt;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a durable job does with the outcome of its send ({@link ChannelGateway#executeForJob}). The job is not done
 * while its delivery is unresolved: still SENDING from a crashed run, it runs again once the sweeper has had time;
 * failed transiently (an outage, a rate limit, an open circuit), it runs again with doubling backoff as a new round
 * of the same delivery until the message stops being useful, then the owner gets a task. Anything else is final.
 */
@ApplicationScoped
public class JobDeliveries {

    static final String NOT_SENT_GUIDANCE = "delivery-not-sent";

    @Inject
    GatewayConfig config;

    @Inject
    DeliveryLog log;

    @Inject
    ConnectionService connections;

    @Inject
    ManualTaskService manualTasks;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Clock clock;

    /**
     * Completes when the outcome is final (or was handed to the owner); fails with {@link RunAgainAt} otherwise.
     *
     * @param usefulUntil after this the message is no use (an appointment's start); null: the configured window
     *        from the first round
     */
    public Uni<Void> settle(ActionOutcome outcome, Instant usefulUntil) {
        if (outcome == null) {
            return Uni.createFrom().voidItem();
        }
        if (outcome.status() == DeliveryStatus.SENDING) {
            return Uni.createFrom().failure(new RunAgainAt(clock.instant().plus(config.sweeper().recheck()),
                    "Delivery " + outcome.deliveryId() + " is still SENDING from an earlier run; waiting until "
                            + "it is resolved"));
        }
        if (outcome.status() != DeliveryStatus.FAILED || !DeliveryResolver.TRANSIENT_KINDS.contains(outcome.errorKind())) {
            return Uni.createFrom().voidItem();
        }
        return log.byId(currentTenant.id(), outcome.deliveryId()).chain(row -> {
            Instant deadline = usefulUntil != null ? usefulUntil
                    : instant(row.getValue("created_at")).plus(config.jobRetry().window());
            Instant next = clock.instant().plus(delay(row.getInteger("send_round")));
            if (next.isBefore(deadline)) {
                return Uni.createFrom().failure(new RunAgainAt(next, "Round " + row.getInteger("send_round")
                        + " failed (" + outcome.errorKind() + ": " + outcome.message() + "); trying again"));
            }
            return giveUp(outcome, row, deadline);
        });
    }

    /** The wait before the round after {@code round}: base, doubling, capped. */
    Duration delay(int round) {
        Duration base = config.jobRetry().baseDelay();
        Duration doubled = base.multipliedBy(1L << Math.min(Math.max(round - 1, 0), 20));
        return doubled.compareTo(config.jobRetry().maxDelay()) > 0 ? config.jobRetry().maxDelay() : doubled;
    }

    private Uni<Void> giveUp(ActionOutcome outcome, Row row, Instant deadline) {
        return connections.resolve(List.of(outcome.connectionId())).chain(found -> {
            ResolvedConnection connection = found.get(outcome.connectionId());
            if (connection == null) {
                return Uni.createFrom().voidItem();
            }
            OutboundAction action = row.getString("action") == null ? null
                    : JsonText.read(row.getString("action"), OutboundAction.class);
            String to = row.getString("recipient");
            Phrase channel = connection.kind().phrase();
            Phrase what = DeliveryResolver.what(action);
            return manualTasks.handOff(connection.businessId(), new HandOff(NOT_SENT_GUIDANCE, null, null,
                    Priority.HIGH, action == null ? null : DeliveryResolver.content(action),
                    "delivery:" + outcome.deliveryId()).withWords(Words.of(
                            "title", Phrase.of("delivery.notSent.title", "channel", channel,
                                    "hasTo", DeliveryResolver.yes(to), "to", DeliveryResolver.to(to)),
                            "reason", Phrase.of("delivery.notSent.reason", "channel", channel, "what", what,
                                    "hasTo", DeliveryResolver.yes(to), "to", DeliveryResolver.to(to),
                                    "kind", String.valueOf(outcome.errorKind()), "error", String.valueOf(outcome.message()),
                                    "rounds", row.getInteger("send_round"), "until", Moment.of(deadline)))))
                    .replaceWithVoid();
        });
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : Instant.parse(String.valueOf(value));
    }
}
