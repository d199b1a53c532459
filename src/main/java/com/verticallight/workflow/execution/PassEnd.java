package com.verticallight.workflow.execution;

/** How a pass left its execution: the status, and the output (a finished run) or the error (a failed one). */
public record PassEnd(ExecutionStatus status, Object output, String error) {
}
