package com.verticallight.lead;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ConnectionViews.ConnectionView;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.Delivery;
import com.verticallight.channel.gateway.DeliveryRepository;
import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.execution.LedgerRecord;
import com.verticallight.execution.LedgerService;
import com.verticallight.execution.Outcome;
import com.verticallight.lead.LeadViews.ContactRef;
import com.verticallight.lead.LeadViews.ConversationItem;
import com.verticallight.lead.LeadViews.ConversationView;
import com.verticallight.lead.LeadViews.ManualMessage;
import com.verticallight.lead.LeadViews.ManualResult;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact's conversation across channels: their messages (kept by {@link LeadInboundListener}) and ours (the
 * delivery log, with each delivery's status), oldest first. The owner replies by hand through the gateway.
 */
@ApplicationScoped
public class ConversationService {

    /**
     * A reply the owner writes is a person answering, not automation: quiet hours (which keep automatic messages
     * out of the night) do not hold it. Opt-out and WhatsApp's 24-hour window still apply.
     */
    static final boolean HAND_REPLY_URGENT = true;

    static final String MANUAL_TASK = "lead_manual_reply";

    @Inject
    ContactService contacts;

    @Inject
    InboundNoteRepository notes;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    LeadRepository leads;

    @Inject
    ConnectionService connections;

    @Inject
    BusinessService businesses;

    @Inject
    ChannelGateway gateway;

    @Inject
    LedgerService ledger;

    @Inject
    Clock clock;

    @Inject
    LeadDefaults defaults;

    @WithSession
    public Uni<ConversationView> conversation(UUID contactId) {
        return contacts.get(contactId).chain(contact -> notes.list("contactId = :id", Map.of("id", contactId), null)
                .chain(inbound -> outbound(contact).map(out -> {
                    List<ConversationItem> all = new ArrayList<>();
                    inbound.forEach(n -> all.add(new ConversationItem("IN", n.channel, n.body, n.receivedAt, null, null,
                            null)));
                    all.addAll(out);
                    all.sort(Comparator.comparing(ConversationItem::at));
                    return new ConversationView(ref(contact), all);
                })));
    }

    /** Sends the owner's message (the send policy applies) and records it in the ledger as manual work. */
    public Uni<ManualResult> reply(UUID contactId, ManualMessage message) {
        if (!LeadMessages.PREFERENCE.contains(message.channel())) {
            return Uni.createFrom().failure(ProblemException.invalidKeyed("channel", "error.oneOf",
                    java.util.Map.of("values", String.valueOf(LeadMessages.PREFERENCE))));
        }
        Instant started = clock.instant();
        return Panache.withSession(() -> contacts.get(contactId).chain(contact -> connectionFor(contact, message.channel())
                .chain(connection -> businesses.get(connection.businessId())
                        .map(business -> new ActionCommand(connection.id(), "manual:" + UUID.randomUUID(),
                                action(contact, message, business.name()), false, HAND_REPLY_URGENT, null)))))
                .chain(command -> gateway.executeAll(List.of(command)).map(outcomes -> outcomes.get(0))
                        .call(outcome -> recordManual(command, outcome, started))
                        .map(outcome -> new ManualResult(outcome.deliveryId(), message.channel(), outcome.status(),
                                outcome.errorKind(), outcome.message())));
    }

    private Uni<List<ConversationItem>> outbound(ContactView contact) {
        List<String> addresses = new ArrayList<>();
        Optional.ofNullable(contact.phone()).ifPresent(addresses::add);
        Optional.ofNullable(contact.email()).ifPresent(addresses::add);
        if (addresses.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return deliveries.list("recipient in :to and channel in :channels", Map.of("to", addresses, "channels",
                LeadMessages.PREFERENCE), null)
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(this::item).collect().asList());
    }

    private Uni<ConversationItem> item(Delivery d) {
        String error = d.status == DeliveryStatus.REFUSED || d.status == DeliveryStatus.FAILED
                ? d.errorKind + ": " + d.errorMessage : null;
        return said(d.requests).map(text -> new ConversationItem("OUT", d.channel, text, d.createdAt, d.status, d.id,
                error));
    }

    /**
     * What a delivery said: its text, or for a WhatsApp template the words that template sends (the lead texts'
     * body in the template's language with its parameters, or the customer catalogue's wording of the template).
     */
    private Uni<String> said(String requests) {
        Optional<OutboundText.Template> template = OutboundText.template(requests);
        if (template.isEmpty()) {
            return Uni.createFrom().item(OutboundText.of(requests));
        }
        OutboundText.Template t = template.get();
        String business = t.parameters().isEmpty() ? "" : t.parameters().get(0);
        return defaults.textOfTemplate(t.name(), t.language()).map(text -> text != null
                ? LeadMessages.fill(text.body(), business, null)
                : TemplateWords.of(t).orElse(OutboundText.of(requests)));
    }

    /** The connection of the channel at the business of the contact's latest lead, else any business's. */
    private Uni<ConnectionView> connectionFor(ContactView contact, ChannelKind channel) {
        return leads.page("contactId = :id", Map.of("id", contact.id()), "createdAt desc", 0, 1)
                .map(latest -> latest.isEmpty() ? null : latest.get(0))
                .chain(lead -> connections.list().map(all -> all.stream().filter(c -> c.kind() == channel)
                        .sorted(Comparator.comparing((ConnectionView c) -> lead == null || !c.businessId().equals(lead.businessId)))
                        .findFirst().orElseThrow(() -> ProblemException.conflict(Text.of("lead.noConnection",
                                Map.of("channel", String.valueOf(channel)))))));
    }

    private static OutboundAction action(ContactView contact, ManualMessage message, String businessName) {
        boolean email = message.channel() == ChannelKind.EMAIL_SENDGRID;
        String to = email ? contact.email() : contact.phone();
        if (to == null) {
            throw ProblemException.invalid("channel", Text.of(email ? "lead.contactNoEmail" : "lead.contactNoPhone"));
        }
        return email ? new OutboundAction(ActionType.EMAIL, to, contact.name(), message.text(), null,
                "Message from " + businessName, null, null, null, null, null, null, null, null, null, null, null, null)
                : OutboundAction.text(to, message.text());
    }

    private Uni<Void> recordManual(ActionCommand command, ActionOutcome outcome, Instant started) {
        boolean done = outcome.status() == DeliveryStatus.SENT || outcome.status() == DeliveryStatus.SIMULATED
                || outcome.status() == DeliveryStatus.DEFERRED;
        if (!done || outcome.duplicate()) {
            return Uni.createFrom().voidItem();
        }
        return connections.get(command.connectionId()).chain(connection -> ledger.record(new LedgerRecord(
                connection.businessId(), MANUAL_TASK, false, outcome.status() == DeliveryStatus.SIMULATED, Outcome.DONE,
                null, null, started, clock.instant(), null, String.valueOf(outcome.deliveryId())))).replaceWithVoid();
    }

    private static ContactRef ref(ContactView c) {
        return new ContactRef(c.id(), c.name(), c.phone(), c.email());
    }
}
