package com.verticallight.business;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Local times between which no non-urgent message goes out; the window may wrap midnight (21:00 to 09:00). */
@Schema(name = "QuietHours", description = "No non-urgent messages from start until end, local time; "
        + "without it 21:00 to 09:00 applies")
public record QuietHours(
        @NotNull @Schema(example = "21:00") LocalTime start,
        @NotNull @Schema(example = "09:00") LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0));

    /** The stored hours, or null when the business has not set them (both columns are set together). */
    static QuietHours of(LocalTime start, LocalTime end) {
        return start == null || end == null ? null : new QuietHours(start, end);
    }
}
