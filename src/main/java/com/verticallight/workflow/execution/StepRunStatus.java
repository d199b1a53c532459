package com.verticallight.workflow.execution;

public enum StepRunStatus {
    RUNNING, WAITING, SUCCEEDED, FAILED
}
