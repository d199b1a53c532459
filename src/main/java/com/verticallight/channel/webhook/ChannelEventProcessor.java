package com.verticallight.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.lead.LeadService;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.outbox.OutboxEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Processes inbound platform events handed on by the outbox. Processing is idempotent (at least once). */
@ApplicationScoped
public class ChannelEventProcessor implements com.verticallight.platform.outbox.OutboxProcessor {

    private static final Logger LOG = Logger.getLogger(ChannelEventProcessor.class);

    @Inject
    DeliveryStatusUpdater statuses;

    @Inject
    InboundMessages messages;

    @Inject
    LeadService leads;

    @Inject
    jakarta.enterprise.inject.Instance<com.verticallight.platform.outbox.OutboxTopicListener> listeners;

    @Incoming(Outbox.CHANNEL)
    @Override
    public Uni<Void> process(OutboxEvent event) {
        JsonNode payload = read(event.payload());
        return switch (event.topic()) {
            case "whatsapp.status" -> statuses.applyWhatsApp(event.tenantId(), payload);
            case "whatsapp.message" -> messages.whatsApp(event.tenantId(), payload);
            case "twilio.status" -> statuses.advance(event.tenantId(), payload.path("MessageSid").asText(),
                    TwilioStatus.toDeliveryState(payload.path("MessageStatus").asText()),
                    payload.path("ErrorCode").isMissingNode() ? null : payload.path("ErrorCode").asText(), null);
            case "twilio.message" -> messages.sms(event.tenantId(), payload);
            // the contact was stored with the submission; the lead is created and answered once per event
            case "form.lead" -> leads.fromForm(event.tenantId(), event.id(), payload);
            // a Facebook lead ad: its answers are read from Graph, then it is a lead like any other, taken once
            case "facebook.leadgen" -> leads.fromLeadAd(event.tenantId(), payload);
            default -> toListeners(event);
        };
    }

    /** Topics whose consumers registered for them ({@link com.verticallight.platform.outbox.OutboxTopicListener}). */
    private Uni<Void> toListeners(OutboxEvent event) {
        java.util.List<com.verticallight.platform.outbox.OutboxTopicListener> interested = listeners.stream()
                .filter(listener -> listener.topics().contains(event.topic())).toList();
        if (interested.isEmpty()) {
            LOG.warnf("No processing for event topic %s", event.topic());
            return Uni.createFrom().voidItem();
        }
        return io.smallrye.mutiny.Multi.createFrom().iterable(interested)
                .onItem().transformToUniAndConcatenate(listener -> listener.handle(event))
                .collect().last().replaceWithVoid();
    }

    private static JsonNode read(String payload) {
        return JsonText.tree(payload);
    }
}
