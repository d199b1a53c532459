package com.verticallight.execution.plan;

import com.verticallight.channel.connection.ConnectionStatus;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.OutboundAction;
import com.verticallight.channel.gateway.DeliveryStatus;
import com.verticallight.channel.gateway.GatewayViews.ActionCommand;
import com.verticallight.channel.gateway.GatewayViews.ActionOutcome;
import com.verticallight.content.engagement.EngagementTracker;
import com.verticallight.execution.plan.DayPlanTask.Mode;
import com.verticallight.execution.plan.DayPlanTask.Status;
import com.verticallight.platform.json.JsonText;
import com.verticallight.review.PlatformReview;
import com.verticallight.review.Review;
import com.verticallight.review.ReviewBook;
import com.verticallight.review.ReviewReplies;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The database steps of a day run, each inside the caller's transaction. */
@ApplicationScoped
public class DayPlanWriter {

    /** A scheduled run that starts this much later than planned is a catch-up of a run the service missed. */
    static final Duration CATCH_UP_AFTER = Duration.ofMinutes(15);

    @Inject
    DayPlanRepository plans;

    @Inject
    DayPlanTaskRepository tasks;

    @Inject
    ReviewBook reviews;

    @Inject
    ReviewReplies replies;

    @Inject
    Instance<PlanContributor> contributors;

    @Inject
    DayHandOffs handOffs;

    @Inject
    EngagementTracker engagement;

    @Inject
    Clock clock;

    /** What the gateway must do for this run, task by task. */
    record Prepared(UUID planId, List<UUID> taskIds, List<ActionCommand> commands) {
    }

    Uni<Boolean> alreadyRan(UUID businessId, LocalDate date) {
        return find(businessId, date).map(plan -> plan != null && plan.status != DayPlan.Status.PLANNED
                && plan.status != DayPlan.Status.RUNNING);
    }

    Uni<DayPlan> skip(DayRun day, LocalDate date, String note) {
        return planFor(day, date, DayPlan.Trigger.SCHEDULED).chain(plan -> {
            if (plan.status != DayPlan.Status.PLANNED) {
                return Uni.createFrom().item(plan);
            }
            plan.status = DayPlan.Status.SKIPPED;
            plan.note = note;
            plan.finishedAt = clock.instant();
            return plans.flush(plan);
        });
    }

    /** Records new reviews, adds the contributors' new tasks, and marks what to execute now as RUNNING. */
    Uni<Prepared> prepare(DayRun day, LocalDate date, boolean runNow,
            Map<ResolvedConnection, List<PlatformReview>> listed) {
        Instant now = clock.instant();
        DayPlan.Trigger trigger = runNow ? DayPlan.Trigger.RUN_NOW
                : now.isAfter(DaySlots.at(date, day.runTime(), day.zone()).plus(CATCH_UP_AFTER))
                        ? DayPlan.Trigger.CATCH_UP : DayPlan.Trigger.SCHEDULED;
        return newReviews(day, listed)
                .chain(fresh -> planFor(day, date, trigger).chain(plan -> tasksOf(plan.id)
                        .chain(existing -> contribute(new DayContext(day.business(), day.setting(), date,
                                day.connections(), fresh))
                                .chain(planned -> addNew(day, plan, existing, planned)))
                        .chain(all -> start(day, plan, trigger, all, runNow))));
    }

    private Uni<List<Review>> newReviews(DayRun day, Map<ResolvedConnection, List<PlatformReview>> listed) {
        return Multi.createFrom().iterable(listed.entrySet())
                .onItem().transformToUniAndConcatenate(e -> reviews.recordNew(day.business().id, e.getKey().id(),
                        e.getKey().kind(), e.getValue()))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Uni<List<PlannedTask>> contribute(DayContext context) {
        List<PlanContributor> ordered = contributors.stream().sorted(Comparator.comparingInt(PlanContributor::order))
                .toList();
        return Multi.createFrom().iterable(ordered)
                .onItem().transformToUniAndConcatenate(c -> c.plan(context))
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Uni<List<DayPlanTask>> addNew(DayRun day, DayPlan plan, List<DayPlanTask> existing,
            List<PlannedTask> planned) {
        Set<String> known = existing.stream().map(t -> t.taskKey).collect(Collectors.toSet());
        List<PlannedTask> fresh = planned.stream().filter(p -> known.add(p.key())).toList();
        return Multi.createFrom().iterable(fresh)
                .onItem().transformToUniAndConcatenate(p -> handOffs.open(day.business().id, p)
                        .chain(taskId -> p.handOff() != null && taskId == null ? Uni.createFrom().nullItem()
                                : tasks.add(task(plan, p, taskId))))
                .collect().asList()
                .map(added -> {
                    List<DayPlanTask> all = new ArrayList<>(existing);
                    added.stream().filter(t -> t != null).forEach(t -> {
                        t.position = all.size();
                        all.add(t);
                    });
                    return all;
                });
    }

    private DayPlanTask task(DayPlan plan, PlannedTask p, UUID manualTaskId) {
        DayPlanTask task = new DayPlanTask();
        task.planId = plan.id;
        task.businessId = plan.businessId;
        task.taskKey = p.key();
        task.taskType = p.taskType();
        task.channel = p.channel();
        task.connectionId = p.connectionId();
        task.mode = p.action() == null && !p.blocked() ? Mode.MANUAL : Mode.AUTOMATED;
        task.title = p.title();
        task.detail = p.detail();
        task.trigger = p.trigger();
        task.words = p.words();
        task.action = p.action() == null ? null : JsonText.write(p.action());
        task.status = p.blocked() ? Status.BLOCKED : task.mode == Mode.MANUAL ? Status.MANUAL : Status.PLANNED;
        task.manualTaskId = manualTaskId;
        return task;
    }

    /** Picks the automated tasks to run: new ones, ones a crash left running, and on run-now failed or blocked ones. */
    private Uni<Prepared> start(DayRun day, DayPlan plan, DayPlan.Trigger trigger, List<DayPlanTask> all,
            boolean runNow) {
        Instant now = clock.instant();
        Map<UUID, ResolvedConnection> usable = day.connections().stream()
                .filter(c -> c.status() != ConnectionStatus.NEEDS_REAUTH)
                .collect(Collectors.toMap(ResolvedConnection::id, Function.identity()));
        List<DayPlanTask> toRun = all.stream()
                .filter(t -> t.mode == Mode.AUTOMATED && t.action != null && usable.containsKey(t.connectionId))
                .filter(t -> t.status == Status.PLANNED || t.status == Status.RUNNING
                        || (runNow && (t.status == Status.FAILED || t.status == Status.BLOCKED)))
                .toList();
        List<ActionCommand> commands = new ArrayList<>();
        for (DayPlanTask task : toRun) {
            if (task.status != Status.RUNNING) {
                task.attempts++;
                task.error = null;
                task.startedAt = now;
                task.finishedAt = null;
            }
            task.status = Status.RUNNING;
            commands.add(new ActionCommand(task.connectionId, "plan-task:" + task.id + ":" + task.attempts,
                    JsonText.read(task.action, OutboundAction.class), false, false, task.taskType));
        }
        if (plan.startedAt == null) {
            plan.startedAt = now;
        }
        plan.trigger = plan.runs == 0 ? trigger : plan.trigger;
        plan.runs++;
        plan.finishedAt = null;
        plan.status = toRun.isEmpty() ? DayOutcomes.planStatus(all) : DayPlan.Status.RUNNING;
        if (toRun.isEmpty()) {
            plan.finishedAt = now;
        }
        return plans.flush(plan).replaceWith(new Prepared(plan.id, toRun.stream().map(t -> t.id).toList(), commands));
    }

    /** Writes each outcome on its task, hands failures to the owner, and settles the plan's status. */
    Uni<Void> finish(Prepared prepared, List<ActionOutcome> outcomes) {
        return plans.getById(prepared.planId(), "Daily plan").chain(plan -> tasksOf(plan.id).chain(all -> {
            Map<UUID, DayPlanTask> byId = all.stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
            return Multi.createFrom().range(0, outcomes.size())
                    .onItem().transformToUniAndConcatenate(i -> settle(byId.get(prepared.taskIds().get(i)),
                            outcomes.get(i)))
                    .collect().asList()
                    .chain(() -> {
                        plan.status = DayOutcomes.planStatus(all);
                        plan.finishedAt = plan.status == DayPlan.Status.RUNNING ? null : clock.instant();
                        return plans.flush(plan);
                    })
                    .call(() -> plan.status == DayPlan.Status.RUNNING ? Uni.createFrom().voidItem() : finished(plan, all));
        })).replaceWithVoid();
    }

    /** "plan.finished": the notification centre tells the owner, and open pages of the plan refresh. */
    private Uni<Void> finished(DayPlan plan, List<DayPlanTask> all) {
        long done = all.stream().filter(t -> DayOutcomes.FINISHED_WELL.contains(t.status)).count();
        long failed = all.stream().filter(t -> t.status == Status.FAILED).count();
        return com.verticallight.platform.outbox.Outbox.emit(plan.tenantId, "plan.finished",
                com.verticallight.platform.outbox.Outbox.payload("planId", plan.id, "businessId", plan.businessId,
                        "date", plan.planDate, "status", plan.status, "tasks", all.size(), "done", done, "failed", failed),
                plan.finishedAt);
    }

    private Uni<Void> settle(DayPlanTask task, ActionOutcome outcome) {
        Status status = outcome.duplicate() && outcome.status() == DeliveryStatus.SENDING ? Status.FAILED
                : DayOutcomes.taskStatus(outcome.status());
        if (status == null) {
            return Uni.createFrom().voidItem();
        }
        task.status = status;
        task.deliveryId = outcome.deliveryId();
        task.finishedAt = clock.instant();
        task.error = status == Status.FAILED ? error(outcome) : status == Status.WITHHELD ? outcome.message() : null;
        Uni<UUID> handOff = status == Status.FAILED ? handOffs.failed(task, outcome) : Uni.createFrom().nullItem();
        return handOff.invoke(id -> task.manualTaskId = id == null ? task.manualTaskId : id)
                .chain(() -> tasks.flush(task))
                .chain(() -> settleReview(task, outcome))
                .chain(() -> status == Status.DONE ? follow(task, outcome) : Uni.createFrom().voidItem())
                .replaceWithVoid();
    }

    /** A post that went out is followed for its engagement (the tracker keeps Facebook and Instagram posts). */
    private Uni<Void> follow(DayPlanTask task, ActionOutcome outcome) {
        if (task.action == null || task.channel == null) {
            return Uni.createFrom().voidItem();
        }
        OutboundAction action = JsonText.read(task.action, OutboundAction.class);
        if (action.type() != OutboundAction.ActionType.POST) {
            return Uni.createFrom().voidItem();
        }
        return engagement.track(new EngagementTracker.Published(task.businessId, task.connectionId, task.channel,
                outcome.deliveryId(), outcome.platformId(), action.text(), task.finishedAt));
    }

    /** A review reply's outcome is kept on the review row too, where the review sync reads it. */
    private Uni<Void> settleReview(DayPlanTask task, ActionOutcome outcome) {
        String prefix = "review:";
        if (!ReviewReplies.TASK_TYPE.equals(task.taskType) || !task.taskKey.startsWith(prefix)) {
            return Uni.createFrom().voidItem();
        }
        return replies.settle(task.businessId, task.channel, task.taskKey.substring(prefix.length()),
                outcome.deliveryId(), outcome.status());
    }

    private static String error(ActionOutcome outcome) {
        if (outcome.status() == DeliveryStatus.SENDING) {
            return "An earlier attempt was interrupted while sending; it is not sent again automatically so it "
                    + "cannot appear twice. Check the platform.";
        }
        return (outcome.errorKind() == null ? "" : outcome.errorKind() + ": ")
                + (outcome.message() == null ? "the platform did not accept it" : outcome.message());
    }

    Uni<DayPlan> find(UUID businessId, LocalDate date) {
        return plans.first("businessId = :businessId and planDate = :date and slot = :slot",
                Map.of("businessId", businessId, "date", date, "slot", DaySlots.SLOT));
    }

    Uni<List<DayPlanTask>> tasksOf(UUID planId) {
        return tasks.list("planId = :planId", Map.of("planId", planId), "position");
    }

    private Uni<DayPlan> planFor(DayRun day, LocalDate date, DayPlan.Trigger trigger) {
        return find(day.business().id, date).chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(found);
            }
            DayPlan plan = new DayPlan();
            plan.businessId = day.business().id;
            plan.planDate = date;
            plan.slot = DaySlots.SLOT;
            plan.status = DayPlan.Status.PLANNED;
            plan.trigger = trigger;
            plan.timeZone = day.business().timeZone;
            plan.scheduledFor = DaySlots.at(date, day.runTime(), day.zone());
            plan.createdAt = clock.instant();
            return plans.add(plan);
        });
    }
}
