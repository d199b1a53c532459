package com.verticallight.execution;

/** How soon a manual task should be done; listed in this order. */
public enum Priority {
    HIGH, MEDIUM, LOW
}
