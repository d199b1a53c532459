package com.verticallight.workflow.execution;

public enum ExecutionStatus {
    RUNNING, WAITING, SUCCEEDED, FAILED, CANCELLED,
    /** Not run: started beyond the plan's executions per day (by an event or a schedule); the error says why. */
    SKIPPED;

    public boolean isOpen() {
        return this == RUNNING || this == WAITING;
    }
}
