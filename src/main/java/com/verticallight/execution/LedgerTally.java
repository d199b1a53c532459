package com.verticallight.execution;

/** How many ledger rows of one kind ended in a period, with the baseline they carried and the revenue they brought. */
public record LedgerTally(String taskType, boolean automated, boolean sandbox, Outcome outcome, int baselineMinutes,
        long count, long revenueMinor) {
}
