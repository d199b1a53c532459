package com.verticallight.execution;

/** How a task in the ledger ended. */
public enum Outcome {
    DONE, FAILED
}
