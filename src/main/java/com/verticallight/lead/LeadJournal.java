package com.verticallight.lead;

import com.verticallight.platform.outbox.Outbox;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.job.JobScheduler;
import com.verticallight.lead.LeadClassifier.Classification;
import com.verticallight.lead.LeadSender.Sent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes what happens to leads: status changes and other events with their cause, and cancels follow-ups.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class LeadJournal {

    @Inject
    LeadRepository leads;

    @Inject
    LeadEventRepository events;

    @Inject
    JobScheduler jobs;

    @Inject
    Clock clock;

    static final String FIRST_REPLY = "First reply";
    private static final String SANDBOX = ": would have been sent (sandbox connection, nothing reached the contact)";

    /** The correlation of a lead's follow-up jobs. */
    static String correlation(UUID leadId) {
        return "lead:" + leadId;
    }

    Uni<Lead> arrived(Lead lead, Classification classification) {
        String reasons = classification.matches().stream().map(m -> m.label() + ": " + m.reason())
                .collect(Collectors.joining("; "));
        return record(lead, null, LeadStatus.NEW, "Arrived via " + lead.source + "; " + lead.priority + " priority ("
                + reasons + ")", null).replaceWith(lead);
    }

    Uni<Lead> move(Lead lead, LeadStatus to, String cause, UUID deliveryId) {
        LeadStatus from = lead.status;
        lead.status = to;
        lead.updatedAt = now();
        return leads.flush(lead).chain(saved -> record(saved, from, to, cause, deliveryId))
                .call(() -> Outbox.emit(lead.tenantId, "lead.status_changed", Outbox.payload("leadId", lead.id,
                        "businessId", lead.businessId, "contactId", lead.contactId, "from", from, "status", to,
                        "priority", lead.priority, "cause", cause, "changedAt", lead.updatedAt), lead.updatedAt))
                .replaceWith(lead);
    }

    Uni<Lead> note(Lead lead, String cause, UUID deliveryId) {
        return record(lead, null, null, cause, deliveryId).replaceWith(lead);
    }

    /** Whether the outcome of the lead's first reply (sent or not) is recorded. */
    Uni<Boolean> firstReplyRecorded(UUID leadId) {
        return events.count("leadId = :leadId and cause like :first",
                java.util.Map.of("leadId", leadId, "first", FIRST_REPLY + "%")).map(n -> n > 0);
    }

    /** Cancels the lead's pending follow-ups; returns how many. */
    Uni<Integer> cancelFollowUps(Lead lead) {
        return jobs.cancelAll(correlation(lead.id));
    }

    /**
     * Records an automatic message to the lead: a first send (or sandbox send) moves a NEW lead to CONTACTED; a
     * refusal because the contact opted out cancels the rest of the sequence. A repeated send (same key) records
     * nothing, except for the first reply, which is recorded by its safety-net job when the request did not.
     *
     * @param sent null when no connected channel reaches the contact
     */
    Uni<Void> recordSend(UUID leadId, String what, Sent sent, boolean firstReply) {
        return leads.findById(leadId).chain(lead -> {
            if (lead == null || sent != null && sent.outcome().duplicate() && !firstReply) {
                return Uni.createFrom().voidItem();
            }
            if (sent == null) {
                return note(lead, what + " not sent: no connected channel reaches the contact; reply by hand", null)
                        .replaceWithVoid();
            }
            if (firstReply) {
                lead.replyChannel = sent.channel().name();
            }
            return outcome(lead, what + " as " + sent.description() + " on " + sent.channel(), sent.outcome())
                    .replaceWithVoid();
        });
    }

    private Uni<Lead> outcome(Lead lead, String how, ActionOutcome outcome) {
        UUID delivery = outcome.deliveryId();
        return switch (outcome.status()) {
            case SENT, DELIVERED, READ -> lead.status == LeadStatus.NEW
                    ? move(lead, LeadStatus.CONTACTED, how + ": sent", delivery)
                    : note(lead, how + ": sent", delivery);
            // the sandbox shows the product as it would run live: the lead moves on, and the cause says why
            case SIMULATED -> lead.status == LeadStatus.NEW
                    ? move(lead, LeadStatus.CONTACTED, how + SANDBOX, delivery)
                    : note(lead, how + SANDBOX, delivery);
            case DEFERRED -> note(lead, how + ": held by quiet hours (" + outcome.message() + ")", delivery);
            case REFUSED -> "CONTACT_OPTED_OUT".equals(outcome.errorKind())
                    ? cancelFollowUps(lead).chain(n -> note(lead, how + ": refused, the contact opted out; " + n
                            + " pending follow-ups cancelled", delivery))
                    : note(lead, how + ": refused (" + outcome.errorKind() + ": " + outcome.message() + ")", delivery);
            case FAILED -> note(lead, how + ": failed (" + outcome.message() + "); a manual task was opened", delivery);
            default -> note(lead, how + ": " + outcome.status(), delivery);
        };
    }

    private Uni<LeadEvent> record(Lead lead, LeadStatus from, LeadStatus to, String cause, UUID deliveryId) {
        LeadEvent event = new LeadEvent();
        event.leadId = lead.id;
        event.fromStatus = from;
        event.toStatus = to;
        event.cause = cause;
        event.deliveryId = deliveryId;
        event.createdAt = now();
        return events.add(event);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
