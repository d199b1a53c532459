package com.verticallight.lead;

import com.verticallight.business.BusinessView;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.crm.ContactView;
import com.verticallight.lead.LeadDefaults.LeadText;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends one automatic lead message through the gateway (send policy, idempotency, delivery log and ledger included),
 * on the channel {@link LeadMessages} picks. Call it outside any transaction.
 */
@ApplicationScoped
public class LeadSender {

    static final String FALLBACK_TEXT = "follow_up";

    @Inject
    ConnectionService connections;

    @Inject
    ChannelGateway gateway;

    @Inject
    LeadDefaults defaults;

    /**
     * @param wanted the channel asked for (null: the preferred one)
     * @param templateName the WhatsApp template (null: the text's own)
     * @param freeForm the contact wrote on WhatsApp just now
     */
    record Message(ChannelKind wanted, String templateName, String textKey, String customText, boolean freeForm) {
    }

    /** What was sent; no item when no connected channel reaches the contact. */
    record Sent(ChannelKind channel, String description, ActionOutcome outcome) {

        boolean delivered() {
            return switch (outcome.status()) {
                case SENT, SIMULATED, DELIVERED, READ -> true;
                default -> false;
            };
        }
    }

    Uni<Sent> send(BusinessView business, ContactView contact, Message message, String key, String taskType,
            boolean urgent) {
        return send(business, contact, message, key, taskType, urgent, false);
    }

    /**
     * @param forJob sent by a durable job: a key whose last round failed transiently is sent again as a new round
     *        (see {@link ChannelGateway#executeForJob}); the job settles the outcome
     */
    Uni<Sent> send(BusinessView business, ContactView contact, Message message, String key, String taskType,
            boolean urgent, boolean forJob) {
        String language = LeadMessages.language(contact.language(), business.language());
        return text(message.textKey(), language).chain(text -> connections.forBusiness(business.id())
                .chain(all -> LeadMessages.compose(all, contact, business.name(), new LeadMessages.Spec(message.wanted(),
                        message.templateName() == null ? text.templateName() : message.templateName(), text,
                        message.customText(), message.freeForm()))
                        .map(out -> execute(forJob, new ActionCommand(out.connection().id(), key,
                                out.action(), false, urgent, taskType))
                                .map(outcomes -> new Sent(out.connection().kind(), out.description(), outcomes.get(0))))
                        .orElseGet(() -> Uni.createFrom().nullItem())));
    }

    private Uni<List<ActionOutcome>> execute(boolean forJob, ActionCommand command) {
        return forJob ? gateway.executeForJob(List.of(command)) : gateway.executeAll(List.of(command));
    }

    private Uni<LeadText> text(String key, String language) {
        return defaults.text(key == null ? FALLBACK_TEXT : key, language)
                .chain(found -> found != null ? Uni.createFrom().item(found) : defaults.text(FALLBACK_TEXT, language));
    }
}
