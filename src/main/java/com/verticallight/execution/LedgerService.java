package com.verticallight.execution;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The automation ledger: one row per task done. Other features call {@link #record}; it joins the caller's
 * transaction when there is one and opens its own otherwise.
 */
@ApplicationScoped
public class LedgerService {

    static final int MAX_TASK_TYPE = 120;
    static final int MAX_REFERENCE = 200;

    @Inject
    LedgerRepository ledger;

    @Inject
    Baselines baselines;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    /**
     * Records a finished task with the baseline in force for its type. An automated task type needs a baseline
     * (otherwise the time it saves could not be counted); a manual one without a baseline carries 0.
     */
    @WithTransaction
    public Uni<LedgerEntry> record(LedgerRecord task) {
        List<FieldError> errors = check(task);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return businesses.get(task.businessId())
                .chain(business -> baselines.minutesByTaskType())
                .chain(minutes -> {
                    Integer baseline = minutes.get(task.taskType());
                    if (baseline == null && task.automated()) {
                        return Uni.createFrom().failure(ProblemException.invalid("taskType",
                                Text.of("execution.noBaseline", Map.of("known", String.join(", ", minutes.keySet())))));
                    }
                    LedgerRow row = new LedgerRow();
                    row.businessId = task.businessId();
                    row.taskType = task.taskType();
                    row.automated = task.automated();
                    row.sandbox = task.sandbox();
                    row.outcome = task.outcome();
                    row.minutesSavedBaseline = baseline == null ? 0 : baseline;
                    row.minutesSpent = task.minutesSpent();
                    row.revenueAttributedMinor = task.revenueAttributedMinor();
                    row.startedAt = task.startedAt();
                    row.endedAt = task.endedAt();
                    row.error = task.error();
                    row.reference = task.reference();
                    row.createdAt = clock.instant();
                    return ledger.add(row);
                })
                .map(LedgerEntry::of);
    }

    /** The newest entries first, optionally of one business, a time range of their end and automated or not. */
    @WithSession
    public Uni<List<LedgerEntry>> list(UUID businessId, Instant from, Instant to, Boolean automated, int limit) {
        if (from != null && to != null && !to.isAfter(from)) {
            return Uni.createFrom().failure(ProblemException.invalid("to", Text.of("field.afterFrom")));
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (businessId != null) {
            where.add("businessId = :businessId");
            parameters.put("businessId", businessId);
        }
        if (from != null) {
            where.add("endedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("endedAt < :to");
            parameters.put("to", to);
        }
        if (automated != null) {
            where.add("automated = :automated");
            parameters.put("automated", automated);
        }
        return ledger.page(String.join(" and ", where), parameters, "endedAt desc, id", 0, limit)
                .map(rows -> rows.stream().map(LedgerEntry::of).toList());
    }

    private static List<FieldError> check(LedgerRecord task) {
        List<FieldError> errors = new ArrayList<>();
        if (task.businessId() == null) {
            errors.add(FieldError.of("businessId", Text.of("field.notNull")));
        }
        if (task.taskType() == null || task.taskType().isBlank() || task.taskType().length() > MAX_TASK_TYPE) {
            errors.add(FieldError.of("taskType", Text.of("field.length1To", Map.of("max", MAX_TASK_TYPE))));
        }
        if (task.outcome() == null) {
            errors.add(FieldError.of("outcome", Text.of("field.notNull")));
        }
        if (task.startedAt() == null) {
            errors.add(FieldError.of("startedAt", Text.of("field.notNull")));
        }
        if (task.endedAt() == null) {
            errors.add(FieldError.of("endedAt", Text.of("field.notNull")));
        } else if (task.startedAt() != null && task.endedAt().isBefore(task.startedAt())) {
            errors.add(FieldError.of("endedAt", Text.of("execution.notBeforeStartedAt")));
        }
        if (task.minutesSpent() != null && task.minutesSpent() < 0) {
            errors.add(FieldError.of("minutesSpent", Text.of("field.notNegative")));
        }
        if (task.revenueAttributedMinor() != null && task.revenueAttributedMinor() < 0) {
            errors.add(FieldError.of("revenueAttributedMinor", Text.of("field.notNegative")));
        }
        if (task.reference() != null && task.reference().length() > MAX_REFERENCE) {
            errors.add(FieldError.of("reference", Text.of("field.atMostCharacters", Map.of("max", MAX_REFERENCE))));
        }
        return errors;
    }
}
