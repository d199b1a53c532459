package com.verticallight.channel.webhook;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionDirectory;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Splits a Meta webhook body into events: each WhatsApp message (by its wamid) and each status change (by wamid and
 * status), attributed to the tenant whose connection has the event's phone number id; and each Facebook lead ad
 * ("object":"page", "field":"leadgen", by its leadgen_id), attributed to the tenant whose connection has the page.
 */
@ApplicationScoped
public class MetaEvents {

    private static final Logger LOG = Logger.getLogger(MetaEvents.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ConnectionDirectory directory;

    public Uni<List<InboundEvent>> parse(byte[] body) {
        JsonNode root = read(body);
        List<JsonNode> values = new ArrayList<>();
        List<JsonNode> leads = new ArrayList<>();
        root.path("entry").forEach(entry -> entry.path("changes").forEach(change -> {
            String field = change.path("field").asText();
            if ("messages".equals(field)) {
                values.add(change.path("value"));
            } else if ("leadgen".equals(field)) {
                leads.add(change.path("value"));
            }
        }));
        Uni<List<InboundEvent>> messages = Multi.createFrom().iterable(values)
                .onItem().transformToUniAndConcatenate(this::eventsOf)
                .collect().in(ArrayList::new, List::addAll);
        return messages.chain(found -> Multi.createFrom().iterable(leads)
                .onItem().transformToUniAndConcatenate(this::leadOf)
                .collect().in(() -> new ArrayList<>(found), List::addAll));
    }

    /** A lead ad submission: its id, page and form; the answers are read from Graph when it is processed. */
    private Uni<List<InboundEvent>> leadOf(JsonNode value) {
        String pageId = value.path("page_id").asText();
        String leadgenId = value.path("leadgen_id").asText();
        return directory.byPlatformId(ChannelKind.FACEBOOK_PAGE, "pageId", pageId).map(owner -> {
            if (owner.isEmpty() || leadgenId.isBlank()) {
                LOG.warnf("Facebook lead %s for unknown page id %s ignored", leadgenId, pageId);
                return List.<InboundEvent>of();
            }
            ObjectNode payload = JSON.createObjectNode();
            payload.put("connectionId", owner.get().connectionId().toString());
            payload.put("businessId", owner.get().businessId().toString());
            payload.put("leadgenId", leadgenId);
            payload.put("formId", value.path("form_id").asText(null));
            payload.put("adId", value.path("ad_id").asText(null));
            return List.of(new InboundEvent(owner.get().tenantId(), "FACEBOOK", leadgenId, "leadgen",
                    payload.toString()));
        });
    }

    private Uni<List<InboundEvent>> eventsOf(JsonNode value) {
        String phoneNumberId = value.path("metadata").path("phone_number_id").asText();
        return directory.byPlatformId(ChannelKind.WHATSAPP, "phoneNumberId", phoneNumberId).map(owner -> {
            if (owner.isEmpty()) {
                LOG.warnf("WhatsApp event for unknown phone number id %s ignored", phoneNumberId);
                return List.of();
            }
            List<InboundEvent> events = new ArrayList<>();
            JsonNode contacts = value.path("contacts");
            value.path("messages").forEach(message -> {
                ObjectNode payload = JSON.createObjectNode();
                payload.put("connectionId", owner.get().connectionId().toString());
                payload.put("businessId", owner.get().businessId().toString());
                payload.set("message", message);
                payload.set("contacts", contacts);
                events.add(new InboundEvent(owner.get().tenantId(), "WHATSAPP", message.path("id").asText(),
                        "message", payload.toString()));
            });
            value.path("statuses").forEach(status -> events.add(new InboundEvent(owner.get().tenantId(), "WHATSAPP",
                    status.path("id").asText() + ":" + status.path("status").asText(), "status", status.toString())));
            return events;
        });
    }

    private static JsonNode read(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.has("entry")) {
                throw ProblemException.invalid("body", Text.of("channel.notMetaWebhookEvent"));
            }
            return root;
        } catch (IOException e) {
            throw ProblemException.invalid("body", Text.of("channel.notValidJSON"));
        }
    }
}
