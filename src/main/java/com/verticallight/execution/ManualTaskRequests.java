package com.verticallight.execution;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the manual task API accepts. */
public final class ManualTaskRequests {

    /** A week of minutes: more than any single task plausibly takes. */
    static final int MAX_MINUTES = 10080;

    private ManualTaskRequests() {
    }

    @Schema(name = "NewManualTask", description = "A task opened by a person from a guidance entry")
    public record NewManualTask(
            @NotBlank @Size(max = 80) String guidanceKey,
            @Schema(description = "Defaults to the guidance title") @Size(min = 1, max = 200) String title,
            @Schema(description = "Why it needs doing") @Size(max = 2000) String reason,
            @Schema(description = "Defaults to MEDIUM") Priority priority,
            @Schema(description = "What data prompted it") @Size(max = 2000) String trigger,
            @Schema(description = "What it refers to, e.g. a review or delivery id") @Size(max = 200) String reference) {
    }

    @Schema(name = "ManualTaskCompletion", description = "{\"minutesSpent\":5}; a workflow approval task also takes "
            + "{\"outcome\":\"approve\"|\"reject\",\"comment\":\"...\"}, which decides the approval")
    public record Completion(@NotNull @PositiveOrZero @Max(MAX_MINUTES) Integer minutesSpent,
            @Schema(description = "The decision, for a task that asks for one (a workflow approval: approve or reject)")
            @Size(max = 40) @Pattern(regexp = "[a-z][a-z_-]*", message = "{vl.pattern.lowerWord}")
            String outcome,
            @Schema(description = "A note with the decision") @Size(max = 1000) String comment) {
    }

    @Schema(name = "ManualTaskDismissal")
    public record Dismissal(@NotBlank @Size(max = 1000) String reason) {
    }
}
