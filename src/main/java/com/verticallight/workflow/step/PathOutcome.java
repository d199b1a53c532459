package com.verticallight.workflow.step;

import java.time.Instant;

/** Where a path of steps (the whole graph, or one parallel branch) stands after running as far as it can. */
public sealed interface PathOutcome {

    record Finished(Object lastOutput) implements PathOutcome {
    }

    /** Waits for a time (a delay, a retry backoff); null when only a branch of a join waits. */
    record Waiting(Instant until) implements PathOutcome {
    }

    record Failed(String stepKey, String error) implements PathOutcome {
    }
}
