package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs branches concurrently: {"type":"parallel","settings":{"branches":["sms","mail"],"join":"all"},"next":"after"}.
 * Each branch is a path that starts at the named step and ends where a step has no next. {@code join}:
 * <ul>
 * <li>{@code all} (default): goes on when every branch finished; the output is each branch's last output, by the
 * branch's first step id; a failing branch fails the step.</li>
 * <li>{@code first}: the first branch to end wins, finished or failed; {@code any}: the first branch to finish
 * successfully wins, and the step fails only when every branch failed. The other branches are stopped (no step of
 * theirs starts any more; their running and waiting runs end CANCELLED with their wake jobs), and the output is
 * {@code {"winner": <branch>, "output": <its last output>}}.</li>
 * </ul>
 */
@ApplicationScoped
public class ParallelStep implements StepType {

    public static final int MAX_BRANCHES = 10;
    static final List<String> JOINS = List.of("all", "first", "any");

    @Override
    public String type() {
        return "parallel";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        List<String> branches = branches(step);
        if (branches.isEmpty() || branches.size() > MAX_BRANCHES) {
            validation.error(step.setting("branches"), "workflow.definition.branches", Map.of("max", MAX_BRANCHES));
        }
        Object join = step.settingsOrEmpty().get("join");
        if (join != null && !JOINS.contains(join)) {
            validation.oneOf(step.setting("join"), "all, first, any");
        }
    }

    @Override
    public List<String> branches(StepDefinition step) {
        Object value = step.settingsOrEmpty().get("branches");
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        List<String> starts = branches(context.step());
        String join = context.setting("join") == null ? "all" : context.setting("join");
        if ("all".equals(join)) {
            List<Uni<PathOutcome>> paths = starts.stream().map(context::runPath).toList();
            return Uni.join().all(paths).andFailFast().map(outcomes -> joinAll(starts, outcomes));
        }
        List<Uni<PathOutcome>> paths = starts.stream()
                .map(start -> context.runPath(start).memoize().indefinitely()).toList();
        boolean firstToEnd = "first".equals(join);
        return race(paths, firstToEnd).chain(race -> race.winner() < 0 ? Uni.createFrom().item(noWinner(race, firstToEnd))
                : settle(context, starts, paths, race, join));
    }

    /** Where the branches stood when one won ({@code winner} its index) or, with no winner, when all returned. */
    private record Race(int winner, PathOutcome[] outcomes) {
    }

    private static boolean wins(PathOutcome outcome, boolean firstToEnd) {
        return outcome instanceof PathOutcome.Finished || firstToEnd && outcome instanceof PathOutcome.Failed;
    }

    /** Completes as soon as a branch wins, or when every branch returned without a winner. */
    private static Uni<Race> race(List<Uni<PathOutcome>> paths, boolean firstToEnd) {
        return Uni.createFrom().emitter(emitter -> {
            PathOutcome[] outcomes = new PathOutcome[paths.size()];
            AtomicInteger left = new AtomicInteger(paths.size());
            AtomicBoolean decided = new AtomicBoolean();
            for (int i = 0; i < paths.size(); i++) {
                int index = i;
                paths.get(i).subscribe().with(outcome -> {
                    PathOutcome[] seen;
                    synchronized (outcomes) {
                        outcomes[index] = outcome;
                        seen = Arrays.copyOf(outcomes, outcomes.length);
                    }
                    int remaining = left.decrementAndGet();
                    if (wins(outcome, firstToEnd) && decided.compareAndSet(false, true)) {
                        emitter.complete(new Race(index, seen));
                    } else if (remaining == 0 && decided.compareAndSet(false, true)) {
                        emitter.complete(new Race(-1, seen));
                    }
                }, failure -> {
                    left.decrementAndGet();
                    if (decided.compareAndSet(false, true)) {
                        emitter.fail(failure);
                    }
                });
            }
        });
    }

    /**
     * A branch won: the others are stopped, and once each has returned (at once, unless one is in the middle of a
     * call, which is never cut off half-way) their running and waiting runs are cancelled.
     */
    private static Uni<StepResult> settle(StepContext context, List<String> starts, List<Uni<PathOutcome>> paths,
            Race race, String join) {
        String winner = starts.get(race.winner());
        List<String> losers = new ArrayList<>();
        List<Uni<Void>> returned = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            if (i != race.winner()) {
                losers.add(starts.get(i));
                returned.add(paths.get(i).onFailure().recoverWithNull().replaceWithVoid());
            }
        }
        Set<String> stopped = context.stopPaths(losers, winner);
        String reason = "branch " + winner + " won the parallel step " + context.step().id() + " (join " + join + ")";
        Uni<Void> stop = returned.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(returned).andFailFast().replaceWithVoid();
        PathOutcome outcome = race.outcomes()[race.winner()];
        return stop.chain(() -> context.cancelStopped(stopped, reason)).map(ignored -> {
            if (outcome instanceof PathOutcome.Failed failed) {
                return new StepResult.BranchFailed(failed.stepKey(), failed.error());
            }
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("winner", winner);
            output.put("output", ((PathOutcome.Finished) outcome).lastOutput());
            return StepResult.next(output);
        });
    }

    /** Every branch returned and none won: some wait (resumed later), or, for join any, all failed. */
    private static StepResult noWinner(Race race, boolean firstToEnd) {
        Instant soonest = null;
        boolean waiting = false;
        PathOutcome.Failed firstFailure = null;
        for (PathOutcome outcome : race.outcomes()) {
            if (outcome instanceof PathOutcome.Waiting wait) {
                waiting = true;
                if (wait.until() != null && (soonest == null || wait.until().isBefore(soonest))) {
                    soonest = wait.until();
                }
            } else if (outcome instanceof PathOutcome.Failed failed && firstFailure == null) {
                firstFailure = failed;
            }
        }
        if (!waiting && !firstToEnd && firstFailure != null) {
            return new StepResult.BranchFailed(firstFailure.stepKey(), "every branch failed; first: "
                    + firstFailure.error());
        }
        return new StepResult.Suspended(soonest);
    }

    private static StepResult joinAll(List<String> starts, List<PathOutcome> outcomes) {
        Map<String, Object> output = new LinkedHashMap<>();
        Instant soonest = null;
        boolean waiting = false;
        for (int i = 0; i < outcomes.size(); i++) {
            PathOutcome outcome = outcomes.get(i);
            if (outcome instanceof PathOutcome.Failed failed) {
                return new StepResult.BranchFailed(failed.stepKey(), failed.error());
            }
            if (outcome instanceof PathOutcome.Waiting wait) {
                waiting = true;
                if (wait.until() != null && (soonest == null || wait.until().isBefore(soonest))) {
                    soonest = wait.until();
                }
            } else if (outcome instanceof PathOutcome.Finished done) {
                output.put(starts.get(i), done.lastOutput());
            }
        }
        return waiting ? new StepResult.Suspended(soonest) : StepResult.next(output);
    }
}
