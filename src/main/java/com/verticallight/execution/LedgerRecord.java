package com.verticallight.execution;

import java.time.Instant;
import java.util.UUID;

/**
 * What another feature reports to the ledger when a task ends. The baseline is not passed in: the ledger copies
 * the one in force for the task type.
 */
public record LedgerRecord(
        UUID businessId,
        String taskType,
        boolean automated,
        boolean sandbox,
        Outcome outcome,
        Integer minutesSpent,
        Long revenueAttributedMinor,
        Instant startedAt,
        Instant endedAt,
        String error,
        String reference) {
}
