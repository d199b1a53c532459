package com.verticallight.execution;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ManualTask")
public record ManualTaskView(
        UUID id,
        UUID businessId,
        String title,
        String reason,
        Priority priority,
        TaskStatus status,
        int estimatedMinutes,
        String potentialImpact,
        @Schema(description = "What data caused the task") String trigger,
        String reference,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Integer minutesSpent,
        String dismissedReason,
        String guidanceKey,
        @Schema(description = "The steps to follow; present on a single task, absent in lists") GuidanceView guidance) {

    static ManualTaskView of(ManualTask t, GuidanceView guidance) {
        return new ManualTaskView(t.id, t.businessId, t.title, t.reason, t.priority, t.status, t.estimatedMinutes,
                t.potentialImpact, t.trigger, t.reference, t.createdAt, t.startedAt, t.completedAt, t.minutesSpent,
                t.dismissedReason, t.guidanceKey, guidance);
    }
}
