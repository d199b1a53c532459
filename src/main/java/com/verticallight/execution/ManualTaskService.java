package com.verticallight.execution;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.channel.ChannelKind;
import com.verticallight.execution.ManualTaskRequests.NewManualTask;
import com.verticallight.i18n.Phrase;
import com.verticallight.i18n.ReaderLanguage;
import com.verticallight.i18n.Words;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The queue of work that needs a person, per business. Other features open tasks with {@link #fromFailure}; it
 * joins the caller's transaction when there is one.
 */
@ApplicationScoped
public class ManualTaskService {

    static final String TASK = "Manual task";
    static final String AUTH_EXPIRED = "AUTH_EXPIRED";
    static final String MANUAL_TASK_TYPE_PREFIX = "manual:";

    @Inject
    ManualTaskRepository tasks;

    @Inject
    GuidanceService guidance;

    @Inject
    ReaderLanguage reader;

    @Inject
    LedgerService ledger;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    @Inject
    Instance<TaskOutcomeListener> outcomeListeners;

    /** The business's tasks, most urgent first, then oldest first; optionally of one status. */
    @WithSession
    public Uni<List<ManualTaskView>> list(UUID businessId, TaskStatus status) {
        Map<String, Object> parameters = new HashMap<>(Map.of("businessId", businessId));
        String where = "businessId = :businessId";
        if (status != null) {
            where += " and status = :status";
            parameters.put("status", status);
        }
        String filter = where;
        return businesses.get(businessId)
                .chain(business -> tasks.list(filter, parameters, "createdAt, id"))
                .chain(found -> reader.current().map(locale -> found.stream()
                        .sorted(Comparator.comparing((ManualTask t) -> t.priority))
                        .map(t -> ManualTaskView.listed(t, locale))
                        .toList()));
    }

    @WithSession
    public Uni<ManualTaskView> get(UUID taskId) {
        return tasks.getById(taskId, TASK).chain(this::withGuidance);
    }

    /** A task a person opens from a guidance entry. */
    @WithTransaction
    public Uni<ManualTaskView> create(UUID businessId, NewManualTask request) {
        return businesses.get(businessId)
                .chain(business -> guidance.find(request.guidanceKey()))
                .onItem().ifNull().failWith(() -> ProblemException.invalid("guidanceKey", Text.of("execution.notKnownGuidanceKey")))
                .chain(entry -> open(businessId, entry, request.title(),
                        request.reason() == null || request.reason().isBlank() ? entry.potentialImpact : request.reason(),
                        request.priority() == null ? Priority.MEDIUM : request.priority(),
                        request.trigger(), request.reference()));
    }

    /**
     * Opens a task for a channel failure a person must fix. For AUTH_EXPIRED (the platform no longer accepts our
     * access) it opens "reconnect-&lt;channel&gt;" with the platform's message as the reason; an OPEN or
     * IN_PROGRESS task for the same business, guidance and reference is returned instead of a duplicate. Other
     * kinds are retried or reported by the gateway itself and open nothing: the result is then null.
     */
    @WithTransaction
    public Uni<ManualTaskView> fromFailure(UUID businessId, ChannelKind channel, String errorKind,
            String platformMessage, String reference) {
        if (!AUTH_EXPIRED.equals(errorKind)) {
            return Uni.createFrom().nullItem();
        }
        String key = "reconnect-" + channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Object message = platformMessage == null || platformMessage.isBlank() ? Phrase.of("task.reconnect.noMessage")
                : platformMessage;
        Words words = Words.of("reason", Phrase.of("task.reconnect.reason", "channel", channel.phrase(),
                "message", message), "trigger", Phrase.of("task.reconnect.trigger", "kind", errorKind,
                "channel", channel.phrase()));
        return businesses.get(businessId)
                .chain(business -> tasks.findActive(businessId, key, reference))
                .chain(existing -> existing != null ? withGuidance(existing)
                        : guidance.find(key)
                                .onItem().ifNull().failWith(() -> ProblemException.notFound("Guidance"))
                                .chain(entry -> open(businessId, entry, entry.title, words.english("reason"),
                                        Priority.HIGH, words.english("trigger"), reference, words)));
    }

    /**
     * Work the automation hands to a person: the business's OPEN or IN_PROGRESS task for this guidance and
     * reference if there is one, else a new task.
     */
    @WithTransaction
    public Uni<ManualTaskView> handOff(UUID businessId, HandOff handOff) {
        return tasks.findActive(businessId, handOff.guidanceKey(), handOff.reference())
                .chain(found -> found != null ? withGuidance(found) : openFor(businessId, handOff));
    }

    /**
     * A suggestion: opened only if the business never had a task for this guidance and reference (a dismissed
     * suggestion is not made again). The new task, or null when there was one.
     */
    @WithTransaction
    public Uni<ManualTaskView> suggest(UUID businessId, HandOff handOff) {
        return tasks.findAny(businessId, handOff.guidanceKey(), handOff.reference())
                .chain(found -> found != null ? Uni.createFrom().nullItem() : openFor(businessId, handOff));
    }

    private Uni<ManualTaskView> openFor(UUID businessId, HandOff handOff) {
        return guidance.find(handOff.guidanceKey())
                .onItem().ifNull().failWith(() -> new IllegalStateException("No guidance " + handOff.guidanceKey()))
                .chain(entry -> open(businessId, entry, handOff.title(), handOff.reason(), handOff.priority(),
                        handOff.trigger(), handOff.reference(), handOff.words()));
    }

    @WithTransaction
    public Uni<ManualTaskView> start(UUID taskId) {
        return tasks.getById(taskId, TASK).chain(task -> {
            requireStatus(task, Set.of(TaskStatus.OPEN), "start");
            task.status = TaskStatus.IN_PROGRESS;
            task.startedAt = clock.instant();
            return tasks.flush(task);
        }).chain(this::withGuidance);
    }

    /** Marks the task done and records a manual ledger entry with the minutes the person spent, in one transaction. */
    public Uni<ManualTaskView> complete(UUID taskId, int minutesSpent) {
        return complete(taskId, minutesSpent, null, null);
    }

    /**
     * Marks the task done and records a manual ledger entry with the minutes the person spent, in one transaction.
     * A task whose guidance has a {@link TaskOutcomeListener} (a workflow approval) needs one of its outcomes, and
     * the listener acts on it in this transaction: its refusal (e.g. 409, already decided) leaves the task open.
     */
    @WithTransaction
    public Uni<ManualTaskView> complete(UUID taskId, int minutesSpent, String outcome, String comment) {
        return tasks.getById(taskId, TASK).chain(task -> {
            requireStatus(task, Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), "complete");
            TaskOutcomeListener listener = outcomeListener(task.guidanceKey, outcome);
            Instant now = clock.instant();
            task.status = TaskStatus.DONE;
            task.completedAt = now;
            task.minutesSpent = minutesSpent;
            return tasks.flush(task)
                    .call(() -> listener == null ? Uni.createFrom().voidItem()
                            : listener.completing(task.id, task.reference, outcome, comment))
                    .chain(() -> ledger.record(new LedgerRecord(task.businessId,
                            MANUAL_TASK_TYPE_PREFIX + task.guidanceKey, false, false, Outcome.DONE, minutesSpent, null,
                            task.startedAt == null ? task.createdAt : task.startedAt, now, null, task.id.toString())))
                    .call(() -> Outbox.emit(task.tenantId, "task.done", Outbox.payload("taskId", task.id, "businessId",
                            task.businessId, "guidanceKey", task.guidanceKey, "title", task.title, "minutesSpent",
                            minutesSpent, "completedAt", now), now))
                    .replaceWith(task);
        }).chain(this::withGuidance);
    }

    /**
     * Closes the tenant's open task for this guidance and reference, if there is one, as DONE (decided elsewhere,
     * e.g. an approval through its route; no minutes are known, so no ledger entry) or DISMISSED with the note.
     */
    @WithTransaction
    public Uni<Void> closeByReference(String guidanceKey, String reference, TaskStatus to, String note) {
        return tasks.findActive(guidanceKey, reference).chain(task -> {
            if (task == null) {
                return Uni.createFrom().voidItem();
            }
            task.status = to;
            task.completedAt = clock.instant();
            if (to == TaskStatus.DISMISSED) {
                task.dismissedReason = note;
            }
            return tasks.flush(task).replaceWithVoid();
        });
    }

    private TaskOutcomeListener outcomeListener(String guidanceKey, String outcome) {
        TaskOutcomeListener listener = outcomeListeners.stream().filter(l -> l.guidanceKey().equals(guidanceKey))
                .findFirst().orElse(null);
        if (listener == null && outcome != null) {
            throw ProblemException.invalid("outcome", Text.of("execution.taskTakesNoOutcome"));
        }
        if (listener != null && (outcome == null || !listener.outcomes().contains(outcome))) {
            throw ProblemException.invalid("outcome", Text.of("execution.outcomeRequired",
                    Map.of("outcomes", String.join(", ", listener.outcomes()))));
        }
        return listener;
    }

    @WithTransaction
    public Uni<ManualTaskView> dismiss(UUID taskId, String reason) {
        return tasks.getById(taskId, TASK).chain(task -> {
            requireStatus(task, Set.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS), "dismiss");
            task.status = TaskStatus.DISMISSED;
            task.completedAt = clock.instant();
            task.dismissedReason = reason.trim();
            return tasks.flush(task);
        }).chain(this::withGuidance);
    }

    private Uni<ManualTaskView> open(UUID businessId, Guidance entry, String title, String reason, Priority priority,
            String trigger, String reference) {
        return open(businessId, entry, title, reason, priority, trigger, reference, null);
    }

    private Uni<ManualTaskView> open(UUID businessId, Guidance entry, String title, String reason, Priority priority,
            String trigger, String reference, Words words) {
        ManualTask task = new ManualTask();
        task.words = words;
        task.businessId = businessId;
        task.guidanceKey = entry.key;
        task.title = title == null || title.isBlank() ? entry.title : cut(title.trim());
        task.reason = reason;
        task.priority = priority;
        task.estimatedMinutes = entry.estimatedMinutes;
        task.potentialImpact = entry.potentialImpact;
        task.status = TaskStatus.OPEN;
        task.trigger = trigger;
        task.reference = reference;
        task.createdAt = clock.instant();
        return tasks.add(task)
                .call(saved -> Outbox.emit(saved.tenantId, "task.created", Outbox.payload("taskId", saved.id,
                        "businessId", saved.businessId, "guidanceKey", saved.guidanceKey, "title", saved.title,
                        "titleWords", saved.words == null ? null : saved.words.fields().get("title"),
                        "priority", saved.priority, "trigger", saved.trigger), saved.createdAt))
                .chain(saved -> reader.current().map(locale -> ManualTaskView.of(saved, entry, locale)));
    }

    /** A stored title fits its column (a reader's own language is written from the words, at any length). */
    private static String cut(String title) {
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    private Uni<ManualTaskView> withGuidance(ManualTask task) {
        return reader.current().chain(locale -> guidance.find(task.guidanceKey)
                .map(entry -> ManualTaskView.of(task, entry, locale)));
    }

    private static void requireStatus(ManualTask task, Set<TaskStatus> allowed, String action) {
        if (!allowed.contains(task.status)) {
            throw ProblemException.conflict(Text.of("execution.taskStatus", Map.of("status", task.status.name(),
                    "action", action, "allowed", allowed.stream().map(Enum::name).sorted().toList().toString())));
        }
    }
}
