package com.verticallight.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many ledger rows of one kind ended in a period, with the baseline they carried and the revenue they brought. */
public record LedgerTally(String taskType, boolean automated, boolean sandbox, Outcome outcome, int baselineMinutes,
        long count, long revenueMinor) {

    /** The tallies with those of one kind (type, automated, sandbox, outcome, baseline) added together. */
    static List<LedgerTally> merged(List<LedgerTally> tallies) {
        Map<List<Object>, LedgerTally> byKind = new LinkedHashMap<>();
        for (LedgerTally t : tallies) {
            byKind.merge(List.of(t.taskType, t.automated, t.sandbox, t.outcome, t.baselineMinutes), t,
                    (a, b) -> new LedgerTally(a.taskType, a.automated, a.sandbox, a.outcome, a.baselineMinutes,
                            a.count + b.count, a.revenueMinor + b.revenueMinor));
        }
        return List.copyOf(byKind.values());
    }
}
