package com.verticallight.workflow.step;

import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs branches concurrently and joins all: {"type":"parallel","settings":{"branches":["sms","mail"]},"next":"after"}.
 * Each branch is a path that starts at the named step and ends where a step has no next. The output is each
 * branch's last output, by the branch's first step id.
 */
@ApplicationScoped
public class ParallelStep implements StepType {

    public static final int MAX_BRANCHES = 10;

    @Override
    public String type() {
        return "parallel";
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        List<String> branches = branches(step);
        if (branches.isEmpty() || branches.size() > MAX_BRANCHES) {
            validation.error(step.setting("branches"), "must list 1 to " + MAX_BRANCHES + " step ids");
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
        List<Uni<PathOutcome>> paths = starts.stream().map(context::runPath).toList();
        return Uni.join().all(paths).andFailFast().map(outcomes -> join(starts, outcomes));
    }

    private static StepResult join(List<String> starts, List<PathOutcome> outcomes) {
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
