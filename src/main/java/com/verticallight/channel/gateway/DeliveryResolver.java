package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Moment;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
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
    /** Why a delivery is settled after a restart (the sweeper's words). */
    static final String SERVICE_STOPPED = "the service stopped before the platform answered";
    private static final Logger LOG = Logger.getLogger(DeliveryResolver.class);

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
        Phrase channel = delivery.connection().kind().phrase();
        OutboundAction action = delivery.action();
        Object why = SERVICE_STOPPED.equals(delivery.why()) ? Phrase.of("delivery.serviceStopped") : delivery.why();
        return new HandOff(UNCERTAIN_GUIDANCE, null, null, Priority.HIGH, content(action),
                "delivery:" + delivery.deliveryId()).withWords(Words.of(
                        "title", Phrase.of("delivery.uncertain.title", "channel", channel, "kind", kind(action),
                                "hasTo", yes(action.to()), "to", to(action.to())),
                        "reason", Phrase.of("delivery.uncertain.reason", "channel", channel, "what", what(action),
                                "hasTo", yes(action.to()), "to", to(action.to()),
                                "when", Moment.of(delivery.startedAt()), "why", why)));
    }

    /** "message" or "post", for the texts' select. */
    static String kind(OutboundAction action) {
        return action != null && action.type() == OutboundAction.ActionType.POST ? "post" : "message";
    }

    /** "yes" when there is a text, for the texts' select. */
    static String yes(String text) {
        return text == null || text.isEmpty() ? "no" : "yes";
    }

    /** The recipient for the texts ("" when none). */
    static String to(String recipient) {
        return recipient == null ? "" : shorten(recipient, 100);
    }

    /** 'message: "<text>"' / 'post' / 'message' (nothing known) / 'message: "template follow_up (en) [a, b]"': what the owner should look for. */
    static Phrase what(OutboundAction action) {
        String content = action == null ? null : content(action);
        return Phrase.of("delivery.what", "kind", kind(action), "hasContent", yes(content),
                "content", content == null ? "" : shorten(content, 300));
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

    private static String shorten(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 3) + "...";
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
