package com.verticallight.workflow.execution;

public enum StepRunStatus {
    RUNNING, WAITING, SUCCEEDED, FAILED,
    /** Stopped because another branch of its parallel step won (join first or any). */
    CANCELLED
}
