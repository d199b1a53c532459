package com.verticallight.execution.plan;

import com.verticallight.channel.ChannelKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the daily plan API speaks. */
public final class DayPlanViews {

    private DayPlanViews() {
    }

    @Schema(name = "DaySettingsRequest", description = "When the business's day runs, in its own time zone")
    public record DaySettingsRequest(
            @Schema(description = "A time of day in plain words: \"9 am\", \"6:30 pm\", \"18:00\", \"noon\"; "
                    + "null or absent: the start of the earliest posting window") @Size(max = 20) String runAt,
            @Schema(description = "Stops the daily runs until unpaused") Boolean paused,
            @Schema(description = "Public URLs of your own photos; the daily Instagram post rotates through them")
            @Size(max = 30) List<@NotNull @Size(max = 500) @Pattern(regexp = "https?://\\S+",
                    message = "{vl.pattern.httpUrl}") String> photoUrls) {
    }

    @Schema(name = "DaySettings")
    public record DaySettingsView(UUID businessId, String runAt,
            @Schema(description = "OWNER when chosen, POSTING_WINDOW when from the category's posting windows")
            String runAtSource, String timeZone, boolean paused, List<String> photoUrls,
            @Schema(description = "The schedule in plain words") String summary,
            @Schema(description = "When the next run is due; null when paused") Instant nextRunAt) {
    }

    @Schema(name = "DayPlanTask")
    public record TaskView(UUID id, int position, String taskType, ChannelKind channel, UUID connectionId,
            String mode, String status, String title,
            @Schema(description = "The post or reply text, or what the task is about") String detail,
            @Schema(description = "The language of the detail when it is a text for customers (a post, a reply, a "
                    + "review) rather than the service's words to the reader; null otherwise") String detailLanguage,
            @Schema(description = "The data that caused the task") String trigger, int attempts, UUID deliveryId,
            @Schema(description = "The manual task that took it over or that unblocks it") UUID manualTaskId,
            String error, Instant startedAt, Instant finishedAt) {
    }

    @Schema(name = "DayPlan")
    public record PlanView(UUID businessId, LocalDate date,
            @Schema(description = "NOT_STARTED before the day's run, then PLANNED, RUNNING, DONE, PARTIAL, FAILED or "
                    + "SKIPPED") String status,
            @Schema(description = "SCHEDULED, CATCH_UP (run late after the service was down) or RUN_NOW") String trigger,
            String timeZone, Instant scheduledFor, Instant startedAt, Instant finishedAt, String note, int runs,
            @Schema(description = "Tasks per status") Map<String, Long> counts, List<TaskView> tasks) {
    }

    @Schema(name = "DayRunQueued")
    public record RunQueued(UUID businessId, LocalDate date, UUID jobId, String status) {
    }
}
