package com.verticallight.channel.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Moment;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
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
        String event = event(letter.topic());
        boolean fromACustomer = !letter.topic().endsWith(".status");
        return new HandOff(GUIDANCE, null, null, fromACustomer ? Priority.HIGH : Priority.MEDIUM, null,
                "outbox:" + letter.id()).withWords(Words.of(
                        "title", Phrase.of("deadLetter.title", "event", event),
                        "reason", Phrase.of("deadLetter.reason", "what", what(event, letter.topic(), payload),
                                "at", letter.createdAt() == null ? "" : Moment.of(letter.createdAt()), "attempts", letter.attempts(),
                                "error", plain(String.valueOf(letter.lastError())),
                                "fromCustomer", fromACustomer ? "yes" : "no", "id", String.valueOf(letter.id())),
                        "trigger", Phrase.of("deadLetter.trigger", "topic", letter.topic())));
    }

    /** What kind of event it was, for the texts' select. */
    private static String event(String topic) {
        return switch (topic) {
            case "form.lead" -> "lead";
            case "whatsapp.message" -> "whatsapp";
            case "twilio.message" -> "sms";
            case "facebook.leadgen" -> "leadAd";
            case "whatsapp.status", "twilio.status" -> "status";
            default -> "other";
        };
    }

    /** Who sent it and what it said, as far as the payload tells (their words stay as written). */
    private static Phrase what(String event, String topic, JsonNode payload) {
        String from = switch (event) {
            case "lead" -> text(payload.path("name").asText(""));
            case "whatsapp" -> payload.path("message").path("from").asText("?");
            case "sms" -> payload.path("From").asText("?");
            case "leadAd" -> payload.path("leadgenId").asText("?");
            default -> topic;
        };
        String said = switch (event) {
            case "lead" -> text(payload.path("message").asText(""));
            case "whatsapp" -> text(payload.path("message").path("text").path("body").asText(""));
            case "sms" -> text(payload.path("Body").asText(""));
            default -> "";
        };
        return Phrase.of("deadLetter.what", "event", event, "from", from, "hasText", said.isEmpty() ? "no" : "yes",
                "text", said);
    }

    /** Control characters (a NUL may be why the event failed) cannot be stored in a task: spaces instead. */
    private static String plain(String value) {
        return value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static String text(String value) {
        String plain = plain(value);
        return plain.length() <= 100 ? plain : plain.substring(0, 100) + "…";
    }
}
