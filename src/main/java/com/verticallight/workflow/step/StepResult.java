package com.verticallight.workflow.step;

import java.time.Instant;

/** How a step ended this time. */
public sealed interface StepResult {

    /** Finished with an output; the execution follows the edge ("next", "onTrue", "onFalse"). */
    record Done(Object output, String edge) implements StepResult {
    }

    /** Resumes durably at a time (a delay): nothing runs until the clock passes it. */
    record Wait(Instant until, Object output) implements StepResult {
    }

    /** Not finished because a branch it started waits; run again when the execution resumes. */
    record Suspended(Instant until) implements StepResult {
    }

    /** A branch it started failed at one of its steps: the execution fails there. */
    record BranchFailed(String stepKey, String error) implements StepResult {
    }

    static Done next(Object output) {
        return new Done(output, "next");
    }
}
