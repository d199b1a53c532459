package com.verticallight.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.analytics.AnomalyService;
import com.verticallight.analytics.TrainingJob;
import com.verticallight.channel.ChannelKind;
import com.verticallight.identity.SignInDevices;
import com.verticallight.intelligence.insight.InsightService;
import com.verticallight.tenant.LimitNotices;
import com.verticallight.platform.json.JsonText;
import com.verticallight.platform.outbox.OutboxEvent;
import com.verticallight.platform.outbox.OutboxTopicListener;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import com.ibm.icu.util.Currency;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the product's events into notifications: a new lead, a lead's reply, a review (its priority by its
 * stars), a delivery that failed for good, a task that needs a person (an approval when a workflow waits for one),
 * an API key created, a day's plan finished, an unusual day found by the analytics hub, a model's training ended,
 * a sign-in from a new browser (to that person), a plan limit reached (a failed renewal reaches the owner as a task and emails), a new insight,
 * a workflow execution that failed (merged per workflow). Each event is consumed once (its id is recorded with the
 * notifications it produced), and every connected socket of the tenant hears the event's topic so pages showing
 * live data refresh.
 */
@ApplicationScoped
public class NotificationEvents implements OutboxTopicListener {

    static final Set<String> TOPICS = Set.of("lead.created", "lead.status_changed", "review.received", "delivery.failed",
            "task.created", "task.done", "apikey.created", "plan.finished", AnomalyService.TOPIC, TrainingJob.TRAINED_TOPIC,
            SignInDevices.TOPIC, LimitNotices.TOPIC, InsightService.CREATED_TOPIC, "workflow.failed");

    /** The guidance of the task a workflow's approval step opens (ApprovalStep.GUIDANCE). */
    static final String APPROVAL_GUIDANCE = "workflow-approval";

    private final NotificationCentre centre;
    private final NotificationFanOut fanOut;

    public NotificationEvents(NotificationCentre centre, NotificationFanOut fanOut) {
        this.centre = centre;
        this.fanOut = fanOut;
    }

    @Override
    public Set<String> topics() {
        return TOPICS;
    }

    @Override
    public Uni<Void> handle(OutboxEvent event) {
        if (event.tenantId() == null) {
            return Uni.createFrom().voidItem();
        }
        List<NotificationRequest> requests = requests(event.topic(), JsonText.tree(event.payload()));
        return centre.notify(event.tenantId(), event.id(), requests)
                .call(() -> fanOut.changed(event.tenantId(), event.topic()))
                .replaceWithVoid();
    }

    static List<NotificationRequest> requests(String topic, JsonNode p) {
        return switch (topic) {
            case "lead.created" -> List.of(newLead(p));
            case "lead.status_changed" -> "ENGAGED".equals(p.path("status").asText())
                    && !"ENGAGED".equals(p.path("from").asText()) ? List.of(leadReplied(p)) : List.of();
            case "review.received" -> List.of(review(p));
            case "delivery.failed" -> List.of(deliveryFailed(p));
            case "task.created" -> List.of(APPROVAL_GUIDANCE.equals(p.path("guidanceKey").asText()) ? approval(p) : task(p));
            case "apikey.created" -> List.of(apiKeyCreated(p));
            case "plan.finished" -> List.of(planFinished(p));
            case AnomalyService.TOPIC -> List.of(anomaly(p));
            case TrainingJob.TRAINED_TOPIC -> List.of(modelTrained(p));
            case SignInDevices.TOPIC -> List.of(newSignIn(p));
            case LimitNotices.TOPIC -> List.of(limitReached(p));
            case InsightService.CREATED_TOPIC -> List.of(insight(p));
            case "workflow.failed" -> List.of(workflowFailed(p));
            default -> List.of();
        };
    }

    private static NotificationRequest newLead(JsonNode p) {
        String name = text(p, "name", "Someone");
        String message = p.path("message").isTextual() ? p.path("message").asText() : null;
        Urgency urgency = "HIGH".equals(p.path("priority").asText()) ? Urgency.HIGH : Urgency.NORMAL;
        String source = p.path("source").asText("").toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return new NotificationRequest(Category.LEAD, urgency, null,
                NotificationText.keyed("notify.lead.title", "notify.lead.body", "notify.lead.merged",
                        Map.of("name", name, "source", source), message),
                "/leads/" + p.path("leadId").asText(), "lead.created");
    }

    private static NotificationRequest leadReplied(JsonNode p) {
        return new NotificationRequest(Category.LEAD, Urgency.HIGH, null,
                NotificationText.keyed("notify.leadReplied.title", "notify.leadReplied.body", "notify.leadReplied.merged",
                        Map.of(), null),
                "/leads/" + p.path("leadId").asText(), "lead.replied");
    }

    private static NotificationRequest review(JsonNode p) {
        int stars = p.path("stars").asInt(0);
        Urgency urgency = stars > 0 && stars <= 2 ? Urgency.URGENT : stars == 3 ? Urgency.HIGH : Urgency.LOW;
        String who = text(p, "reviewerName", "A customer");
        String comment = p.path("comment").isTextual() ? p.path("comment").asText() : null;
        boolean good = stars >= 4;
        return new NotificationRequest(Category.REVIEW, urgency, null,
                NotificationText.keyed("notify.review.title", null, good ? "notify.review.merged" : null,
                        Map.of("stars", stars, "who", who), comment),
                "/reviews", good ? "review.good" : null);
    }

    private static NotificationRequest deliveryFailed(JsonNode p) {
        String channel = p.path("channel").asText("a channel");
        String error = p.path("errorMessage").isTextual() ? p.path("errorMessage").asText() : p.path("errorKind").asText();
        boolean reconnect = "AUTH_EXPIRED".equals(p.path("errorKind").asText());
        return new NotificationRequest(Category.DELIVERY, reconnect ? Urgency.URGENT : Urgency.HIGH, null,
                NotificationText.keyed(reconnect ? "notify.delivery.reconnect" : "notify.delivery.failed", null,
                        "notify.delivery.merged", Map.of("channel", channelName(channel)), error),
                "/outbox", "delivery.failed:" + channel);
    }

    /** A connected platform by its name in the reader's words (WhatsApp, Facebook पेज); anything else as given. */
    private static Object channelName(String channel) {
        boolean known = Arrays.stream(ChannelKind.values())
                .anyMatch(kind -> kind.name().equals(channel));
        return known ? Map.of("key", "channel.kind." + channel) : channel;
    }

    private static NotificationRequest task(JsonNode p) {
        Object title = p.path("titleWords").isObject()
                ? plain(p.path("titleWords"))
                : text(p, "title", "A task");
        Urgency urgency = switch (p.path("priority").asText()) {
            case "HIGH" -> Urgency.HIGH;
            case "LOW" -> Urgency.LOW;
            default -> Urgency.NORMAL;
        };
        return new NotificationRequest(Category.TASK, urgency, null,
                NotificationText.keyed("notify.task.title", null, "notify.task.merged", Map.of("title", title), null),
                "/tasks/" + p.path("taskId").asText(), "task.created");
    }

    private static NotificationRequest approval(JsonNode p) {
        Object question = p.path("titleWords").isObject() ? plain(p.path("titleWords")) : text(p, "title", "Approve?");
        return new NotificationRequest(Category.APPROVAL, Urgency.HIGH, null,
                NotificationText.keyed("notify.approval.title", "notify.approval.body", null,
                        Map.of("question", question), null),
                "/tasks/" + p.path("taskId").asText(), null);
    }

    private static NotificationRequest planFinished(JsonNode p) {
        int done = p.path("done").asInt();
        int failed = p.path("failed").asInt();
        Object date = dayOrText(p.path("date").asText());
        return new NotificationRequest(Category.PLAN, failed > 0 ? Urgency.HIGH : Urgency.LOW, null,
                NotificationText.keyed("notify.plan.title", null, null,
                        Map.of("date", date, "done", done, "failed", failed), null),
                "/", null);
    }

    /** To the person who signed in (if this was not them, they act at once). */
    private static NotificationRequest newSignIn(JsonNode p) {
        UUID who = uuid(p.path("userId").asText());
        return new NotificationRequest(Category.SECURITY, Urgency.HIGH, who,
                NotificationText.keyed("notify.signIn.title", "notify.signIn.body", null,
                        Map.of("device", text(p, "device", "?")), p.path("clientIp").isTextual()
                                ? p.path("clientIp").asText() : null),
                "/settings", null);
    }

    private static NotificationRequest limitReached(JsonNode p) {
        String limit = p.path("limit").asText("other");
        String body = limit.endsWith("_per_day") ? "notify.limit.bodyPerDay" : "notify.limit.body";
        return new NotificationRequest(Category.BILLING, Urgency.HIGH, null,
                NotificationText.keyed("notify.limit.title", body, null,
                        Map.of("limit", limit, "allowed", p.path("allowed").asLong()), null),
                "/billing", null);
    }

    private static NotificationRequest workflowFailed(JsonNode p) {
        String error = p.path("error").isTextual() ? p.path("error").asText() : null;
        return new NotificationRequest(Category.WORKFLOW, Urgency.HIGH, null,
                NotificationText.keyed("notify.workflowFailed.title", "notify.workflowFailed.body",
                        "notify.workflowFailed.merged", Map.of("name", text(p, "name", "?"), "step",
                                text(p, "failedStep", "?")), error),
                "/workflows/executions/" + p.path("executionId").asText(),
                "workflow.failed:" + p.path("workflowId").asText());
    }

    private static NotificationRequest insight(JsonNode p) {
        Urgency urgency = "HIGH".equals(p.path("priority").asText()) ? Urgency.NORMAL : Urgency.LOW;
        return new NotificationRequest(Category.INSIGHT, urgency, null,
                NotificationText.keyed("notify.insight.title", null, "notify.insight.merged",
                        Map.of("title", p.path("titleWords").isObject() ? plain(p.path("titleWords"))
                                : text(p, "title", "?")), null),
                "/insights", "insight.created");
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static NotificationRequest apiKeyCreated(JsonNode p) {
        String name = text(p, "name", "unnamed");
        String prefix = p.path("prefix").asText("");
        return new NotificationRequest(Category.SECURITY, Urgency.HIGH, null,
                NotificationText.keyed("notify.apiKey.title", "notify.apiKey.body", null,
                        Map.of("name", name, "prefix", prefix), null),
                "/settings", null);
    }

    /** An unusual day: its priority by severity, what it cost (or brought) in the business's currency. */
    private static NotificationRequest anomaly(JsonNode p) {
        boolean drop = "DROP".equals(p.path("direction").asText());
        Urgency urgency = switch (p.path("severity").asText()) {
            case "CRITICAL" -> Urgency.URGENT;
            case "HIGH" -> Urgency.HIGH;
            case "LOW" -> Urgency.LOW;
            default -> Urgency.NORMAL;
        };
        boolean money = p.path("impactMinor").canConvertToLong() && p.path("currency").isTextual()
                && validCurrency(p.path("currency").asText());
        Map<String, Object> args = new java.util.HashMap<>();
        args.put("metric", p.path("metric").asText("other"));
        args.put("day", dayOrText(p.path("day").asText()));
        args.put("drop", drop ? "yes" : "no");
        args.put("actual", figure(p, "actual", money));
        args.put("expected", figure(p, "expected", money));
        args.put("hasImpact", money ? "yes" : "no");
        args.put("impact", money ? figure(p, "impactMinor", true) : "");
        return new NotificationRequest(Category.ANOMALY, urgency, null,
                NotificationText.keyed("notify.anomaly.title", "notify.anomaly.body", "notify.anomaly.merged", args,
                        null),
                "/analytics", null);
    }

    /** A training ended: failed (HIGH, with its reason), or trained (LOW; NORMAL when a retraining put it in use). */
    private static NotificationRequest modelTrained(JsonNode p) {
        String name = text(p, "name", "model");
        int version = p.path("version").asInt();
        boolean failed = "FAILED".equals(p.path("status").asText());
        boolean inUse = !failed && p.path("deployedVersion").asInt(-1) == version;
        String error = p.path("error").isTextual() ? p.path("error").asText() : null;
        NotificationText text = failed
                ? NotificationText.keyed("notify.model.failed", null, null, Map.of("name", name), error)
                : NotificationText.keyed("notify.model.trained", "notify.model.trainedBody", null,
                        Map.of("name", name, "version", version, "inUse", inUse ? "yes" : "no"), null);
        return new NotificationRequest(Category.MODEL, failed ? Urgency.HIGH : inUse ? Urgency.NORMAL : Urgency.LOW,
                null, text, "/analytics", null);
    }

    /** A figure of the anomaly: money (minor units of its currency, written by CLDR per reader) or a count. */
    private static Object figure(JsonNode p, String field, boolean money) {
        double value = Math.abs(p.path(field).asDouble());
        if (money) {
            return new com.verticallight.i18n.Money(Math.round(value), p.path("currency").asText());
        }
        return Math.round(value * 10) / 10.0;
    }

    private static boolean validCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** A calendar day ("2026-12-07") as a day, so each language writes it its own way; other text as it is. */
    private static Object dayOrText(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException notADay) {
            return text;
        }
    }

    /** A stored phrase ({"key", "args"}) as plain maps, lists and values for the catalogue. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new java.util.LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), plain(field.getValue())));
            return map;
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        return node.isNull() ? null : node.asText();
    }

    private static String text(JsonNode p, String field, String fallback) {
        return p.path(field).isTextual() && !p.path(field).asText().isBlank() ? p.path(field).asText() : fallback;
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + " · " + second;
    }
}
