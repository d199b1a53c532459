package com.verticallight.execution;

/** Where a manual task stands: OPEN → IN_PROGRESS → DONE, or DISMISSED from OPEN or IN_PROGRESS. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, DISMISSED;

    boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
