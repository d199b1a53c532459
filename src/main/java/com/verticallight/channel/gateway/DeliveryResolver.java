package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Settles a delivery whose request may have reached the platform but got no answer (a timeout after the write
 * left, or a crash mid-call): confirmed SENT when the platform can be read back and shows it, otherwise UNCERTAIN
 * with a task for the owner that says exactly what may not have arrived. Never sends it again: it could arrive twice.
 */
@ApplicationScoped
public class DeliveryResolver {

    /** Failure kinds where nothing arrived and a later round may succeed (the job retries them). */
    public static final Set<String> TRANSIENT_KINDS = Set.of("TRANSIENT", "RATE_LIMITED", "CIRCUIT_OPEN");
    static final String UNCERTAIN_GUIDANCE = "delivery-uncertain";
    static final String UNCONFIRMED = "UNCONFIRMED";
    private static final Logger LOG = Logger.getLogger(DeliveryResolver.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    DeliveryLog log;

    @Inject
    ReadBack readBack;

    @Inject
    ManualTaskService manualTasks;

    /**
     * A delivery whose request started.
     *
     * @param startedAt when the request left (or may have)
     * @param why what happened, for the delivery's error message
     */
    public record Unresolved(UUID deliveryId, String key, ResolvedConnection connection, OutboundAction action,
            Instant startedAt, String why, List<PlatformRequest> requests) {
    }

    public Uni<ActionOutcome> resolveStarted(Unresolved delivery) {
        return readBack.find(delivery.connection(), delivery.action(), delivery.startedAt())
                .onFailure().invoke(e -> LOG.warnf("Reading back delivery %s failed: %s", delivery.deliveryId(),
                        e.getMessage()))
                .onFailure().recoverWithItem(Optional.empty())
                .chain(found -> found.isPresent() ? confirmed(delivery, found.get()) : uncertain(delivery));
    }

    private Uni<ActionOutcome> confirmed(Unresolved delivery, String platformId) {
        return log.finish(tenant(delivery), delivery.deliveryId(), new DeliveryLog.Finish(DeliveryStatus.SENT,
                platformId, null, null, "Confirmed by reading the platform back after: " + delivery.why(),
                delivery.requests().size(), delivery.requests()))
                .replaceWith(outcome(delivery, DeliveryStatus.SENT, platformId, null,
                        "Confirmed by reading the platform back"));
    }

    private Uni<ActionOutcome> uncertain(Unresolved delivery) {
        String message = "It may not have arrived: " + delivery.why() + ". It was not sent again (it could arrive "
                + "twice); a task asks the owner to check.";
        return log.finish(tenant(delivery), delivery.deliveryId(), new DeliveryLog.Finish(DeliveryStatus.UNCERTAIN,
                null, UNCONFIRMED, null, message, delivery.requests().size(), delivery.requests()))
                .chain(() -> manualTasks.handOff(delivery.connection().businessId(), handOff(delivery)))
                .replaceWith(outcome(delivery, DeliveryStatus.UNCERTAIN, null, UNCONFIRMED, message));
    }

    static HandOff handOff(Unresolved delivery) {
        ResolvedConnection connection = delivery.connection();
        String what = describe(delivery.action());
        String to = delivery.action().to() == null ? "" : " to " + delivery.action().to();
        String reason = "A " + connection.kind() + " " + what + to + " was being sent at "
                + WHEN.format(delivery.startedAt()) + " when " + delivery.why()
                + ". It may not have arrived, and it was not sent again so it cannot arrive twice. Check on "
                + connection.kind() + " and send it yourself if it is missing.";
        String title = "Check whether this " + connection.kind() + " " + what.split(":")[0] + " arrived" + to;
        return new HandOff(UNCERTAIN_GUIDANCE, title.length() <= 200 ? title : title.substring(0, 200), reason, Priority.HIGH, content(delivery.action()),
                "delivery:" + delivery.deliveryId());
    }

    /** "message: <text>" / "post: <text>" / "template follow_up (en): [a, b]": what the owner should look for. */
    static String describe(OutboundAction action) {
        String content = content(action);
        String kind = action.type() == OutboundAction.ActionType.POST ? "post" : "message";
        return content == null ? kind : kind + ": \"" + shorten(content) + "\"";
    }

    static String content(OutboundAction action) {
        if (action.text() != null) {
            return action.text();
        }
        if (action.templateName() != null) {
            return "template " + action.templateName() + " (" + action.language() + ") " + action.parameters();
        }
        if (action.subject() != null) {
            return action.subject();
        }
        if (action.event() != null) {
            return "event " + action.event() + " " + (action.data() == null ? "{}" : action.data());
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    private static UUID tenant(Unresolved delivery) {
        return delivery.connection().details().tenantId();
    }

    private static ActionOutcome outcome(Unresolved delivery, DeliveryStatus status, String platformId,
            String errorKind, String message) {
        return new ActionOutcome(delivery.deliveryId(), delivery.connection().id(), delivery.key(), status, false,
                platformId, errorKind, null, message, null);
    }
}
