package com.verticallight.execution.plan;

import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.ManualTaskView;
import com.verticallight.execution.Priority;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.Words;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Opens the manual tasks of a day plan: hand-offs from the start, and automated tasks that failed. */
@ApplicationScoped
public class DayHandOffs {

    static final String SUGGESTION = "suggest:";

    @Inject
    ManualTaskService manualTasks;

    /**
     * The manual task for a planned hand-off; null when the task has none, or when it is a suggestion the
     * business already had (the plan then leaves it out).
     */
    Uni<UUID> open(UUID businessId, PlannedTask planned) {
        if (planned.handOff() == null) {
            return Uni.createFrom().nullItem();
        }
        Uni<ManualTaskView> task = planned.key().startsWith(SUGGESTION)
                ? manualTasks.suggest(businessId, planned.handOff())
                : manualTasks.handOff(businessId, planned.handOff());
        return task.map(view -> view == null ? null : view.id());
    }

    /** The manual task for an automated task that failed after the gateway's retries. */
    Uni<UUID> failed(DayPlanTask task, ActionOutcome outcome) {
        if ("AUTH_EXPIRED".equals(outcome.errorKind())) {
            // the gateway already opened "reconnect <channel>" for this connection: link it
            return manualTasks.fromFailure(task.businessId, task.channel, outcome.errorKind(), outcome.message(),
                    "connection:" + task.connectionId).map(view -> view == null ? null : view.id());
        }
        boolean review = "review_reply".equals(task.taskType);
        String what = review ? "reply" : "post";
        String platform = task.channel == null ? "" : task.channel.displayName();
        HandOff handOff = new HandOff(review ? "reply-to-review-manually" : "publish-post-manually", null, null,
                Priority.MEDIUM, null, "plan-task:" + task.id).withWords(Words.of(
                        "title", Phrase.of("plan.failed.title", "what", what, "platform", platform),
                        "reason", Phrase.of("plan.failed.reason", "what", what, "platform", platform,
                                "runs", task.attempts, "error", task.error == null ? "" : task.error,
                                "text", task.detail == null ? "" : task.detail),
                        "trigger", Phrase.of("plan.failed.trigger", "error", task.error == null ? "" : task.error)));
        return manualTasks.handOff(task.businessId, handOff).map(ManualTaskView::id);
    }
}
