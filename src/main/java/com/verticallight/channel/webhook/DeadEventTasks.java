package com.verticallight.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.DeadLetter;
import com.verticallight.platform.outbox.DeadLetterListener;
import com.verticallight.platform.tenancy.CurrentTenant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An inbound event that could not be processed becomes a task for the owner of the business it reached, saying
 * what was not processed (a website lead from whom, a message from which number), the last error and the event id
 * to replay. One task per event: a replayed event that dies again finds its open task.
 */
@ApplicationScoped
public class DeadEventTasks implements DeadLetterListener {

    static final String GUIDANCE = "outbox-dead-letter";
    private static final Logger LOG = Logger.getLogger(DeadEventTasks.class);

    private final CurrentTenant currentTenant;
    private final ConnectionService connections;
    private final ManualTaskService tasks;

    public DeadEventTasks(CurrentTenant currentTenant, ConnectionService connections, ManualTaskService tasks) {
        this.currentTenant = currentTenant;
        this.connections = connections;
        this.tasks = tasks;
    }

    @Override
    public Uni<Void> dead(DeadLetter letter) {
        if (letter.tenantId() == null) {
            LOG.warnf("Dead letter %s (%s) belongs to no tenant: listed for operators only", letter.id(), letter.topic());
            return Uni.createFrom().voidItem();
        }
        JsonNode payload = JsonText.tree(letter.payload());
        return currentTenant.runAs(letter.tenantId(), () -> businessOf(payload).chain(business -> {
            if (business == null) {
                LOG.warnf("Dead letter %s (%s) names no business: no task opened", letter.id(), letter.topic());
                return Uni.createFrom().voidItem();
            }
            return tasks.handOff(business, handOff(letter, payload)).replaceWithVoid();
        }));
    }

    private Uni<UUID> businessOf(JsonNode payload) {
        String business = payload.path("businessId").asText("");
        if (!business.isBlank()) {
            return Uni.createFrom().item(UUID.fromString(business));
        }
        String connection = payload.path("connectionId").asText("");
        if (connection.isBlank()) {
            return Uni.createFrom().nullItem();
        }
        UUID id = UUID.fromString(connection);
        return connections.resolve(List.of(id)).map(found -> found.get(id) == null ? null : found.get(id).businessId());
    }

    static HandOff handOff(DeadLetter letter, JsonNode payload) {
        String what = what(letter.topic(), payload);
        boolean fromACustomer = !letter.topic().endsWith(".status");
        String reason = capitalised(what) + " arrived at " + letter.createdAt() + " but could not be processed after "
                + letter.attempts() + " attempts (last error: " + plain(String.valueOf(letter.lastError())) + ")."
                + (fromACustomer ? " Nobody has answered it automatically: please contact them yourself." : "")
                + " Event " + letter.id() + " can be replayed once the cause is fixed.";
        return new HandOff(GUIDANCE, title(letter.topic()) + " could not be processed", reason,
                fromACustomer ? Priority.HIGH : Priority.MEDIUM, "Dead letter " + letter.topic(),
                "outbox:" + letter.id());
    }

    private static String what(String topic, JsonNode payload) {
        return switch (topic) {
            case "form.lead" -> "a website lead from " + text("", payload.path("name").asText(""), "")
                    + text(" (\"", payload.path("message").asText(""), "\")");
            case "whatsapp.message" -> "a WhatsApp message from +" + payload.path("message").path("from").asText("?")
                    + text(" (\"", payload.path("message").path("text").path("body").asText(""), "\")");
            case "twilio.message" -> "an SMS from " + payload.path("From").asText("?")
                    + text(" (\"", payload.path("Body").asText(""), "\")");
            case "facebook.leadgen" -> "a Facebook lead ad (lead " + payload.path("leadgenId").asText("?") + ")";
            case "whatsapp.status", "twilio.status" -> "a delivery status update (" + topic + ")";
            default -> "an event (" + topic + ")";
        };
    }

    private static String title(String topic) {
        return switch (topic) {
            case "form.lead" -> "A website lead";
            case "whatsapp.message" -> "A WhatsApp message";
            case "twilio.message" -> "An SMS";
            case "facebook.leadgen" -> "A Facebook lead ad";
            case "whatsapp.status", "twilio.status" -> "A delivery status update";
            default -> "An event";
        };
    }

    /** Control characters (a NUL may be why the event failed) cannot be stored in a task: spaces instead. */
    private static String plain(String value) {
        return value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static String text(String before, String value, String after) {
        String plain = plain(value);
        if (plain.isEmpty()) {
            return "";
        }
        return before + (plain.length() <= 100 ? plain : plain.substring(0, 100) + "…") + after;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
