package com.verticallight.workflow.definition;

/** A paused workflow starts no new executions; running ones go on. */
public enum WorkflowStatus {
    ACTIVE, PAUSED
}
