package com.verticallight.execution;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntry", description = "One task done for a business, automated or by a person")
public record LedgerEntry(
        UUID id,
        UUID businessId,
        String taskType,
        boolean automated,
        @Schema(description = "Done in sandbox mode: would have been sent; never counted in the metrics") boolean sandbox,
        Outcome outcome,
        @Schema(description = "Baseline minutes for the task type when it was recorded") int minutesSavedBaseline,
        @Schema(description = "Minutes a person spent (manual tasks)") Integer minutesSpent,
        Long revenueAttributedMinor,
        Instant startedAt,
        Instant endedAt,
        String error,
        @Schema(description = "What the task refers to, e.g. a delivery or manual task id") String reference,
        Instant createdAt) {

    static LedgerEntry of(LedgerRow r) {
        return new LedgerEntry(r.id, r.businessId, r.taskType, r.automated, r.sandbox, r.outcome,
                r.minutesSavedBaseline, r.minutesSpent, r.revenueAttributedMinor, r.startedAt, r.endedAt, r.error,
                r.reference, r.createdAt);
    }
}
