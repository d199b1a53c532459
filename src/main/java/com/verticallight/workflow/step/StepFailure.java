package com.verticallight.workflow.step;

/** A step that could not do its work. A permanent one (e.g. the contact opted out) is not retried. */
public class StepFailure extends RuntimeException {

    private final boolean retryable;

    public StepFailure(String message, boolean retryable) {
        super(message, null, false, false);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
