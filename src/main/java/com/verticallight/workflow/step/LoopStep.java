package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.expression.Expressions.Kind;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a body path once per item of a list: {"type":"loop","settings":{"items":"steps.q.output.rows","body":"send",
 * "maxItems":100,"concurrency":2},"next":"after"}. The body is a path from the named step until a step without next;
 * in it {@code vars.item} and {@code vars.index} are the item and its index, and its step keys carry the index
 * ("send#2"), so each item's effects happen once (the idempotency key includes it). Output: each iteration's last
 * output, in the list's order. A list longer than maxItems fails the step (nothing runs).
 */
@ApplicationScoped
public class LoopStep implements StepType {

    public static final int DEFAULT_MAX_ITEMS = 100;
    public static final int MAX_ITEMS = 1000;
    public static final int MAX_CONCURRENCY = 10;

    @Override
    public String type() {
        return "loop";
    }

    @Override
    public boolean isLoop() {
        return true;
    }

    @Override
    public List<String> branches(StepDefinition step) {
        Object body = step.settingsOrEmpty().get("body");
        return body == null ? List.of() : List.of(String.valueOf(body));
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        validation.expression(step.setting("items"), s.get("items"), Kind.ANY);
        validation.required(step.setting("body"), s.get("body"));
        bounded(step, validation, "maxItems", 1, MAX_ITEMS);
        bounded(step, validation, "concurrency", 1, MAX_CONCURRENCY);
    }

    private static void bounded(StepDefinition step, StepValidation validation, String name, int min, int max) {
        Object value = step.settingsOrEmpty().get(name);
        if (value != null && !(value instanceof Integer n && n >= min && n <= max)) {
            validation.wholeNumberFrom(step.setting(name), min, max);
        }
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        Map<String, Object> s = context.step().settingsOrEmpty();
        Object value = context.expressions().evaluate(String.valueOf(s.get("items")), Kind.ANY, context.variables());
        if (!(value instanceof List<?> items)) {
            throw new StepFailure("items gave " + (value == null ? "null" : value.getClass().getSimpleName())
                    + ", not a list", false);
        }
        int maxItems = s.get("maxItems") instanceof Integer n ? n : DEFAULT_MAX_ITEMS;
        if (items.size() > maxItems) {
            throw new StepFailure("items has " + items.size() + " entries, more than maxItems " + maxItems, false);
        }
        int concurrency = s.get("concurrency") instanceof Integer n ? n : 1;
        String body = String.valueOf(s.get("body"));
        List<PathOutcome> outcomes = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
        return Multi.createFrom().range(0, items.size())
                .onItem().transformToUni(i -> context.runIteration(body, i, items.get(i))
                        .invoke(outcome -> outcomes.set(i, outcome)))
                .merge(concurrency)
                .collect().last()
                .map(ignored -> join(outcomes));
    }

    private static StepResult join(List<PathOutcome> outcomes) {
        List<Object> output = new ArrayList<>();
        Instant soonest = null;
        boolean waiting = false;
        for (PathOutcome outcome : outcomes) {
            if (outcome instanceof PathOutcome.Failed failed) {
                return new StepResult.BranchFailed(failed.stepKey(), failed.error());
            }
            if (outcome instanceof PathOutcome.Waiting wait) {
                waiting = true;
                if (wait.until() != null && (soonest == null || wait.until().isBefore(soonest))) {
                    soonest = wait.until();
                }
            } else if (outcome instanceof PathOutcome.Finished done) {
                output.add(done.lastOutput());
            }
        }
        return waiting ? new StepResult.Suspended(soonest) : StepResult.next(output);
    }
}
