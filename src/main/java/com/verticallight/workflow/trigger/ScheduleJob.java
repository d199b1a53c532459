package com.verticallight.workflow.trigger;

import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import com.verticallight.workflow.definition.PublishedVersions;
import com.verticallight.workflow.definition.Workflow;
import com.verticallight.workflow.definition.WorkflowDefinition.TriggerDefinition;
import com.verticallight.workflow.definition.WorkflowRepository;
import com.verticallight.workflow.execution.WorkflowRuns;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fire of a schedule workflow: runs it (once per fire time) and plans the next fire. A fire found later than
 * {@link #LATE_AFTER} (the service was down) is a catch-up: one execution for the latest missed time, however many
 * were missed, or none when the workflow says {@code "missed": "skip"}; the next fire is then after now.
 */
@ApplicationScoped
public class ScheduleJob implements JobHandler {

    static final Duration LATE_AFTER = Duration.ofMinutes(5);

    private final WorkflowRepository workflows;
    private final PublishedVersions versions;
    private final WorkflowSchedules schedules;
    private final WorkflowRuns runs;
    private final Clock clock;

    public ScheduleJob(WorkflowRepository workflows, PublishedVersions versions, WorkflowSchedules schedules,
            WorkflowRuns runs, Clock clock) {
        this.workflows = workflows;
        this.versions = versions;
        this.schedules = schedules;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return WorkflowSchedules.KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        WorkflowSchedules.Fire fire = JsonText.read(job.payload(), WorkflowSchedules.Fire.class);
        return Panache.withSession(() -> workflows.findById(fire.workflowId())).chain(w -> {
            // paused, deleted or no longer a schedule workflow: its publish or resume plans a new fire
            if (w == null || !w.isActive() || !ScheduleTrigger.TYPE.equals(w.triggerType)) {
                return Uni.createFrom().voidItem();
            }
            return versions.definition(w.id, w.publishedVersion).chain(definition -> Panache.withSession(() ->
                    schedules.zone(w)).chain(zone -> fire(w, definition.trigger(), zone, fire.at())));
        });
    }

    private Uni<Void> fire(Workflow w, TriggerDefinition trigger, ZoneId zone, Instant due) {
        Schedule schedule = Schedule.parse(trigger.schedule());
        Instant now = clock.instant();
        boolean late = now.isAfter(due.plus(LATE_AFTER));
        Instant slot = late ? schedule.lastAtOrBefore(now, zone).filter(due::isBefore).orElse(due) : due;
        Uni<?> run = late && ScheduleTrigger.skipsMissed(trigger) ? Uni.createFrom().voidItem()
                : runs.scheduled(w, slot, payload(slot, now, late, due, zone));
        return run.chain(() -> Panache.withTransaction(() -> schedules.next(w, schedule, late ? now : slot)));
    }

    private static Map<String, Object> payload(Instant slot, Instant now, boolean late, Instant due, ZoneId zone) {
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("scheduledAt", slot.toString());
        trigger.put("localTime", slot.atZone(zone).toLocalDateTime().toString());
        trigger.put("timeZone", zone.getId());
        trigger.put("firedAt", now.toString());
        trigger.put("missed", late);
        if (late) {
            trigger.put("missedSince", due.toString());
        }
        return trigger;
    }
}
