package com.verticallight.execution.plan;

import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.execution.HandOff;
import com.verticallight.execution.ManualTaskService;
import com.verticallight.execution.ManualTaskView;
import com.verticallight.execution.Priority;
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
        String platform = task.channel == null ? "The platform" : task.channel.displayName();
        String what = review ? "the reply to a review" : "today's post";
        String reason = platform + " did not accept " + what + " after " + task.attempts + " run(s) with retries ("
                + task.error + "). " + (review ? "The suggested reply" : "The post") + ", ready to paste:\n\n"
                + task.detail;
        HandOff handOff = new HandOff(review ? "reply-to-review-manually" : "publish-post-manually",
                (review ? "Reply to the review yourself on " : "Publish today's post yourself on ") + platform, reason,
                Priority.MEDIUM, "Delivery " + outcome.deliveryId() + " failed: " + task.error,
                "plan-task:" + task.id);
        return manualTasks.handOff(task.businessId, handOff).map(ManualTaskView::id);
    }
}
