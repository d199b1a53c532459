package com.verticallight.execution;

import com.verticallight.business.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the tenant's time saved is measured with: minutes per task type and the value of an hour. */
@Schema(name = "BaselineSettings")
public record BaselineSettings(
        @Schema(description = "Null when neither the tenant nor its currency has a rate") Money hourlyRate,
        @Schema(description = "TENANT (set by the tenant) or DEFAULT (the default for its currency)") String hourlyRateSource,
        List<BaselineView> baselines) {

    @Schema(name = "Baseline")
    public record BaselineView(String taskType, int minutes, int defaultMinutes, String description,
            @Schema(description = "TENANT or DEFAULT") String source) {
    }

    @Schema(name = "BaselineUpdate")
    public record BaselineUpdate(@NotNull @PositiveOrZero @Max(ManualTaskRequests.MAX_MINUTES) Integer minutes) {
    }
}
