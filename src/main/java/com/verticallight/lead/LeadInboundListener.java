package com.verticallight.lead;

import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.webhook.InboundListener;
import com.verticallight.channel.webhook.InboundMessage;
import com.verticallight.crm.OptOutKeywords;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A customer wrote (WhatsApp or SMS). The message is kept for the conversation view. If the contact has open leads,
 * their pending follow-ups are cancelled and NEW or CONTACTED leads become ENGAGED; STOP cancels them without
 * engaging. Otherwise the message is a new lead, answered on the channel it came on, unless a flow told before this
 * listener consumed it (a "yes" or "cancel" to an appointment reminder, a "paid" to a payment reminder): such a reply
 * is kept for the conversation but starts no lead nurturing. Each message is handled once.
 */
@ApplicationScoped
public class LeadInboundListener implements InboundListener {

    static final List<LeadStatus> OPEN = List.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.ENGAGED,
            LeadStatus.QUALIFIED);

    @Inject
    InboundNoteRepository notes;

    @Inject
    LeadRepository leads;

    @Inject
    LeadJournal journal;

    @Inject
    LeadIntake intake;

    @Inject
    ConnectionService connections;

    /** Runs after the flows that own replies. */
    @Override
    public int order() {
        return LEAD_INTAKE;
    }

    @Override
    public Uni<Boolean> received(InboundMessage message) {
        if (message.channel() != ChannelKind.WHATSAPP && message.channel() != ChannelKind.SMS_TWILIO) {
            return Uni.createFrom().item(false);
        }
        return Panache.withTransaction(() -> notes.first("channel = :channel and messageId = :id",
                Map.of("channel", message.channel(), "id", message.messageId()))
                .chain(seen -> seen != null ? Uni.createFrom().<LeadIntake.Stored>nullItem()
                        : connections.get(message.connectionId()).chain(connection -> keep(message, connection.businessId())
                                .chain(() -> react(message, connection.businessId())))))
                .chain(stored -> stored == null ? Uni.createFrom().voidItem() : intake.answer(stored).replaceWithVoid())
                .replaceWith(false);
    }

    private Uni<LeadIntake.Stored> react(InboundMessage message, UUID businessId) {
        return leads.list("contactId = :contact and status in :open",
                Map.of("contact", message.contactId(), "open", OPEN), "createdAt").chain(open -> {
                    boolean stop = message.optedOut() || OptOutKeywords.isOptOut(message.text());
                    if (stop || !open.isEmpty()) {
                        return Multi.createFrom().iterable(open)
                                .onItem().transformToUniAndConcatenate(lead -> stop ? optedOut(lead, message)
                                        : engaged(lead, message))
                                .collect().last().replaceWith((LeadIntake.Stored) null);
                    }
                    if (message.consumed() || OptOutKeywords.isOptIn(message.text())) {
                        return Uni.createFrom().nullItem();
                    }
                    return intake.store(new LeadIntake.Intake(businessId, source(message.channel()), message.contactId(),
                            message.name(), null, null, message.text(), null, null, message.messageId(),
                            message.channel(), message.at()));
                });
    }

    private Uni<Lead> engaged(Lead lead, InboundMessage message) {
        return journal.cancelFollowUps(lead).chain(cancelled -> {
            String cause = "Replied on " + message.channel() + ": \"" + excerpt(message.text()) + "\"; " + cancelled
                    + " pending follow-ups cancelled";
            return lead.status == LeadStatus.NEW || lead.status == LeadStatus.CONTACTED
                    ? journal.move(lead, LeadStatus.ENGAGED, cause, null)
                    : journal.note(lead, cause, null);
        });
    }

    private Uni<Lead> optedOut(Lead lead, InboundMessage message) {
        return journal.cancelFollowUps(lead).chain(cancelled -> journal.note(lead, "Opted out on " + message.channel()
                + "; " + cancelled + " pending follow-ups cancelled", null));
    }

    private Uni<InboundNote> keep(InboundMessage message, UUID businessId) {
        InboundNote note = new InboundNote();
        note.contactId = message.contactId();
        note.businessId = businessId;
        note.channel = message.channel();
        note.messageId = message.messageId();
        note.body = message.text();
        note.receivedAt = message.at();
        return notes.add(note);
    }

    private static LeadSource source(ChannelKind channel) {
        return channel == ChannelKind.WHATSAPP ? LeadSource.WHATSAPP : LeadSource.SMS;
    }

    private static String excerpt(String text) {
        String plain = text == null ? "" : text.strip();
        return plain.length() <= 100 ? plain : plain.substring(0, 100) + "…";
    }
}
