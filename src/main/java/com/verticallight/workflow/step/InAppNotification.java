package com.verticallight.workflow.step;

import com.verticallight.notification.Category;
import com.verticallight.notification.NotificationCentre;
import com.verticallight.notification.NotificationRequest;
import com.verticallight.notification.NotificationText;
import com.verticallight.notification.Urgency;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A notification step with {"channel":"inApp"}: a WORKFLOW notification in the notification centre for every
 * person of the tenant who hears of workflow results (in the app, on the socket, and on the channels each chose).
 * It is produced once per execution and step: the step's key names it, so a resumed execution adds nothing. A test
 * run (sandbox) notifies nobody: its output holds the title and text that would have been sent.
 */
@ApplicationScoped
public class InAppNotification {

    static final String IN_APP = "inApp";

    private final NotificationCentre centre;
    private final CurrentTenant tenant;

    public InAppNotification(NotificationCentre centre, CurrentTenant tenant) {
        this.centre = centre;
        this.tenant = tenant;
    }

    static void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        if (!IN_APP.equals(s.get("channel"))) {
            validation.error(step.setting("channel"), "workflow.definition.inAppChannel");
            return;
        }
        if (validation.required(step.setting("text"), s.get("text"))) {
            validation.template(step.setting("text"), s.get("text"));
        }
        validation.template(step.setting("title"), s.get("title"));
        Object priority = s.get("priority");
        if (priority != null && Arrays.stream(Urgency.values()).noneMatch(u -> u.name().equals(priority))) {
            validation.oneOf(step.setting("priority"), Arrays.asList(Urgency.values()));
        }
    }

    Uni<StepResult> run(StepContext context) {
        String text = context.render(context.setting("text"));
        String title = context.setting("title") == null ? firstLine(text) : context.render(context.setting("title"));
        Urgency priority = context.setting("priority") == null ? Urgency.NORMAL : Urgency.valueOf(context.setting("priority"));
        NotificationRequest request = new NotificationRequest(Category.WORKFLOW, priority, null,
                NotificationText.english(title, text.equals(title) ? null : text), null, null);
        if (context.sandbox()) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("channel", IN_APP);
            output.put("simulated", true);
            output.put("title", title);
            output.put("text", text);
            return Uni.createFrom().item(StepResult.next(output));
        }
        UUID once = UUID.nameUUIDFromBytes(("wf:" + context.executionId() + ":" + context.stepKey())
                .getBytes(StandardCharsets.UTF_8));
        return centre.notify(tenant.id(), once, List.of(request)).map(produced -> {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("channel", IN_APP);
            output.put("notified", produced.size());
            return StepResult.next(output);
        });
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("Workflow");
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
