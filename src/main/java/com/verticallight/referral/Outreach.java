package com.verticallight.referral;

import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Sends one message to a customer of a business from a job: reads who and how in one session, then sends through
 * the gateway outside it (send policy, quiet hours, idempotency key, ledger).
 */
@ApplicationScoped
class Outreach {

    @Inject
    BusinessService businesses;

    @Inject
    ContactService contacts;

    @Inject
    ConnectionService connections;

    @Inject
    ReferralSettings settings;

    @Inject
    ChannelGateway gateway;

    /** What a message is built from. */
    record Target(BusinessView business, ContactView contact, ReferralSetting setting,
            List<ResolvedConnection> connections) {
    }

    /** How a send ended: the delivery, or why nothing was sent (NO_PHONE, NO_CHANNEL...). */
    record Sent(String status, UUID deliveryId) {
    }

    Uni<Target> load(UUID businessId, UUID contactId) {
        return Panache.withSession(() -> businesses.get(businessId)
                .chain(business -> contacts.get(contactId)
                        .chain(contact -> settings.of(businessId)
                                .chain(setting -> connections.forBusiness(businessId)
                                        .map(found -> new Target(business, contact, setting, found))))));
    }

    /**
     * Builds the message for the target's channel and sends it under the key; marketing messages need the contact's
     * consent (the send policy checks it).
     */
    Uni<Sent> send(Target target, String key, String taskType, boolean marketing,
            BiFunction<ResolvedConnection, Target, OutboundAction> message) {
        if (target.contact().phone() == null) {
            return Uni.createFrom().item(new Sent("NO_PHONE", null));
        }
        Optional<ResolvedConnection> channel = CustomerMessages.channel(target.connections());
        if (channel.isEmpty()) {
            return Uni.createFrom().item(new Sent("NO_CHANNEL", null));
        }
        ActionCommand command = new ActionCommand(channel.get().id(), key, message.apply(channel.get(), target),
                marketing, false, taskType);
        return gateway.executeAll(List.of(command)).map(outcomes -> sent(outcomes.get(0)));
    }

    private static Sent sent(ActionOutcome outcome) {
        return new Sent(outcome.status().name(), outcome.deliveryId());
    }
}
