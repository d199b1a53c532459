package com.verticallight.workflow.step;

import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.connector.OutboundAction.ActionType;
import com.verticallight.channel.gateway.ChannelGateway;
import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A message through the channel gateway, under its send policy (opt-out, consent for marketing, the WhatsApp
 * 24-hour window, quiet hours) and with an idempotency key per execution and step, so a resumed execution never
 * sends it twice. Free text: {"connectionId":"…","to":"{{trigger.phone}}","text":"Hi {{trigger.name}}"}; a WhatsApp
 * template: {"connectionId":"…","to":"…","template":{"name":"lead_alert","language":"en","params":["{{trigger.name}}"]}};
 * an email adds "subject". Optional: "urgent" (ignores quiet hours), "marketing" (needs consent).
 * {"channel":"inApp","title":"…","text":"…","priority":"HIGH"} notifies the account's people through the
 * notification centre instead ({@link InAppNotification}). In a test run (sandbox) the message is recorded as "would
 * have been sent" whatever the connection's mode.
 */
@ApplicationScoped
public class NotificationStep implements StepType {

    private final ChannelGateway gateway;
    private final InAppNotification inApp;

    public NotificationStep(ChannelGateway gateway, InAppNotification inApp) {
        this.gateway = gateway;
        this.inApp = inApp;
    }

    @Override
    public String type() {
        return "notification";
    }

    @Override
    public boolean hasEffect() {
        return true;
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        if (s.get("channel") != null) {
            InAppNotification.validate(step, validation);
            return;
        }
        validation.connection(step.setting("connectionId"), s.get("connectionId"));
        if (validation.required(step.setting("to"), s.get("to"))) {
            validation.template(step.setting("to"), s.get("to"));
        }
        Object template = s.get("template");
        if (template == null) {
            if (validation.required(step.setting("text"), s.get("text"))) {
                validation.template(step.setting("text"), s.get("text"));
            }
            validation.template(step.setting("subject"), s.get("subject"));
            return;
        }
        if (!(template instanceof Map<?, ?> t)) {
            validation.error(step.setting("template"), "workflow.definition.templateObject");
            return;
        }
        validation.required(step.setting("template.name"), t.get("name"));
        Object params = t.get("params");
        if (params != null && !(params instanceof List)) {
            validation.error(step.setting("template.params"), "workflow.definition.textList");
        } else if (params != null) {
            List<?> list = (List<?>) params;
            for (int i = 0; i < list.size(); i++) {
                validation.template(step.setting("template.params[" + i + "]"), list.get(i));
            }
        }
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        if (context.step().settingsOrEmpty().get("channel") != null) {
            return inApp.run(context);
        }
        return Uni.createFrom().item(() -> command(context))
                .chain(command -> context.sandbox() ? gateway.simulateAll(List.of(command))
                        : gateway.executeAll(List.of(command)))
                .map(outcomes -> result(outcomes.get(0)));
    }

    private ActionCommand command(StepContext context) {
        Map<String, Object> s = context.step().settingsOrEmpty();
        String to = context.render(context.setting("to")).trim();
        OutboundAction action;
        if (s.get("template") instanceof Map<?, ?> t) {
            List<String> params = t.get("params") instanceof List<?> list
                    ? list.stream().map(p -> context.render(String.valueOf(p))).toList() : List.of();
            action = new OutboundAction(ActionType.TEMPLATE, to, null, null, null, null, String.valueOf(t.get("name")),
                    t.get("language") == null ? "en" : String.valueOf(t.get("language")), params, null, null, null,
                    null, null, null, null, null, null);
        } else if (s.get("subject") != null) {
            action = new OutboundAction(ActionType.EMAIL, to, null, context.render(context.setting("text")), null,
                    context.render(context.setting("subject")), null, null, null, null, null, null, null, null, null,
                    null, null, null);
        } else {
            action = OutboundAction.text(to, context.render(context.setting("text")));
        }
        return new ActionCommand(UUID.fromString(context.setting("connectionId")), context.idempotencyKey(), action,
                Boolean.TRUE.equals(s.get("marketing")), Boolean.TRUE.equals(s.get("urgent")), null);
    }

    private static StepResult result(ActionOutcome outcome) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("deliveryId", String.valueOf(outcome.deliveryId()));
        output.put("status", outcome.status().name());
        output.put("duplicate", outcome.duplicate());
        if (outcome.platformId() != null) {
            output.put("platformId", outcome.platformId());
        }
        if (outcome.status() == DeliveryStatus.FAILED) {
            throw new StepFailure("The message failed: " + outcome.errorKind() + " " + outcome.message(),
                    !"PERMANENT".equals(outcome.errorKind()) && !"REJECTED".equals(outcome.errorKind()));
        }
        if (outcome.status() == DeliveryStatus.REFUSED) {
            throw new StepFailure("The send policy refused the message: " + outcome.errorKind()
                    + (outcome.message() == null ? "" : " (" + outcome.message() + ")"), false);
        }
        return StepResult.next(output);
    }
}
