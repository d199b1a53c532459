package com.verticallight.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.crm.OptOutKeywords;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A message from a customer: the contact is found or created, the time is noted (it opens WhatsApp's 24-hour
 * window), and STOP/UNSUBSCRIBE (or रोकें / बंद करें) opts them out of that channel, confirmed once.
 */
@ApplicationScoped
public class InboundMessages {

    static final String OPT_OUT_CONFIRMATION =
            "You are unsubscribed and will get no more messages here. Reply START to subscribe again.";

    @Inject
    ContactService contacts;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    ChannelGateway gateway;

    @Inject
    Clock clock;

    @Inject
    Instance<InboundListener> listeners;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(InboundMessages.class);

    /** payload: {"connectionId","businessId","message":{from,id,timestamp,type,text:{body}},"contacts":[{profile:{name}}]} */
    public Uni<Void> whatsApp(UUID tenantId, JsonNode payload) {
        JsonNode message = payload.path("message");
        String from = "+" + message.path("from").asText();
        String name = payload.path("contacts").path(0).path("profile").path("name").asText(null);
        long seconds = message.path("timestamp").asLong(0);
        Instant at = seconds > 0 ? Instant.ofEpochSecond(seconds) : clock.instant();
        return handle(tenantId, ChannelKind.WHATSAPP, UUID.fromString(payload.path("connectionId").asText()),
                from, name, message.path("text").path("body").asText(""), message.path("id").asText(), at);
    }

    /** payload: Twilio's form fields (From, To, Body, MessageSid) and "connectionId". */
    public Uni<Void> sms(UUID tenantId, JsonNode payload) {
        return handle(tenantId, ChannelKind.SMS_TWILIO, UUID.fromString(payload.path("connectionId").asText()),
                payload.path("From").asText(), null, payload.path("Body").asText(""),
                payload.path("MessageSid").asText(), clock.instant());
    }

    private Uni<Void> handle(UUID tenantId, ChannelKind channel, UUID connectionId, String from, String name,
            String text, String messageId, Instant at) {
        return currentTenant.runAs(tenantId, () -> Panache.withTransaction(() -> contacts.findOrCreateByPhone(from, name)
                .call(contact -> contacts.recordInbound(contact.id(), channel, at))
                .chain(contact -> changeSubscription(contact, channel, text).map(optedOut -> new InboundMessage(tenantId,
                        connectionId, channel, contact.id(), from, name, text, messageId, at, optedOut, false))))
                .call(message -> message.optedOut()
                        ? gateway.executeUnchecked(List.of(new ActionCommand(connectionId, "opt-out-confirmation:" + messageId,
                                OutboundAction.text(from, OPT_OUT_CONFIRMATION), null, null, null))).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .chain(this::tellListeners));
    }

    /**
     * One listener after the other, in their order; a listener that consumes the message marks it for the rest.
     * Every listener is told, even when one fails; then a failure fails the event's processing, so the outbox tries
     * it again (listeners are idempotent by message id) and, if it keeps failing, makes it a visible dead letter.
     */
    private Uni<Void> tellListeners(InboundMessage message) {
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<InboundListener> ordered = listeners.stream()
                .sorted(Comparator.comparingInt(InboundListener::order)).toList();
        Uni<InboundMessage> told = Uni.createFrom().item(message);
        for (InboundListener listener : ordered) {
            told = told.chain(current -> tell(listener, current, failures));
        }
        return told.invoke(() -> {
            if (!failures.isEmpty()) {
                IllegalStateException failed = new IllegalStateException("Inbound message " + message.messageId()
                        + ": " + failures.size() + " listener(s) failed: " + failures.get(0).getMessage(),
                        failures.get(0));
                failures.stream().skip(1).forEach(failed::addSuppressed);
                throw failed;
            }
        }).replaceWithVoid();
    }

    private Uni<InboundMessage> tell(InboundListener listener, InboundMessage message, List<Throwable> failures) {
        return Uni.createFrom().deferred(() -> listener.received(message))
                .map(consumed -> Boolean.TRUE.equals(consumed) && !message.consumed() ? message.asConsumed() : message)
                .onFailure().invoke(e -> {
                    LOG.errorf(e, "Inbound message %s: %s failed", message.messageId(),
                            listener.getClass().getSimpleName());
                    failures.add(e);
                })
                .onFailure().recoverWithItem(message);
    }

    /** True when this message opted the contact out just now (so the confirmation goes out once). */
    private Uni<Boolean> changeSubscription(ContactView contact, ChannelKind channel, String text) {
        if (OptOutKeywords.isOptOut(text)) {
            return contacts.optOut(contact.id(), channel, "Replied \"" + text.trim() + "\"");
        }
        if (OptOutKeywords.isOptIn(text)) {
            return contacts.optIn(contact.id(), channel, "Replied \"" + text.trim() + "\"").replaceWith(false);
        }
        return Uni.createFrom().item(false);
    }
}
