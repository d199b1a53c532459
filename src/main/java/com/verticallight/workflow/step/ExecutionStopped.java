package com.verticallight.workflow.step;

/**
 * The pass lost its execution (cancelled, or taken over after a stall): it stops and stores nothing more. A step that
 * claims its own effect throws it when its claim finds the execution no longer running.
 */
public final class ExecutionStopped extends RuntimeException {

    public ExecutionStopped(String message) {
        super(message, null, false, false);
    }
}
