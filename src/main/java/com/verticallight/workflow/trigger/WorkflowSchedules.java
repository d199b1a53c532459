package com.verticallight.workflow.trigger;

import com.verticallight.business.BusinessService;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.platform.json.JsonText;
import com.verticallight.workflow.definition.Workflow;
import com.verticallight.workflow.definition.WorkflowDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The one pending {@code workflow.schedule} job of each active schedule workflow, for its next fire time (idempotency
 * key workflow + time). Planned again on publish and resume, removed on pause and delete; each fire plans the next.
 * Call inside the transaction of the change.
 */
@ApplicationScoped
public class WorkflowSchedules {

    public static final String KIND = "workflow.schedule";

    private final JobScheduler jobs;
    private final BusinessService businesses;
    private final Clock clock;

    public WorkflowSchedules(JobScheduler jobs, BusinessService businesses, Clock clock) {
        this.jobs = jobs;
        this.businesses = businesses;
        this.clock = clock;
    }

    record Fire(UUID workflowId, Instant at) {
    }

    /** Replaces the workflow's pending fire with its next time after now, if it is an active schedule workflow. */
    public Uni<Void> plan(Workflow w, WorkflowDefinition published) {
        return stop(w.id).chain(() -> !w.isActive() || published.trigger() == null
                || !ScheduleTrigger.TYPE.equals(published.trigger().type()) ? Uni.createFrom().voidItem()
                : next(w, Schedule.parse(published.trigger().schedule()), clock.instant()));
    }

    /** Schedules the first fire strictly after the instant. */
    Uni<Void> next(Workflow w, Schedule schedule, Instant after) {
        return zone(w).chain(zone -> {
            Instant at = schedule.nextAfter(after, zone);
            return jobs.reschedule(new JobRequest(KIND, JsonText.write(new Fire(w.id, at)), at,
                    "wf-schedule:" + w.id + ":" + at, correlation(w.id), null));
        }).replaceWithVoid();
    }

    /** Cancels the workflow's pending fire. */
    public Uni<Void> stop(UUID workflowId) {
        return jobs.cancelAll(correlation(workflowId)).replaceWithVoid();
    }

    /** The business's time zone; UTC for a workflow of no business. */
    Uni<ZoneId> zone(Workflow w) {
        return w.businessId == null ? Uni.createFrom().item(ZoneId.of("UTC"))
                : businesses.get(w.businessId).map(b -> ZoneId.of(b.timeZone()));
    }

    private static String correlation(UUID workflowId) {
        return "wf-schedule:" + workflowId;
    }
}
