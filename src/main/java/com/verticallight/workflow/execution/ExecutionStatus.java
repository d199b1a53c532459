package com.verticallight.workflow.execution;

public enum ExecutionStatus {
    RUNNING, WAITING, SUCCEEDED, FAILED, CANCELLED;

    public boolean isOpen() {
        return this == RUNNING || this == WAITING;
    }
}
