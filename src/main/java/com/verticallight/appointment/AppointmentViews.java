package com.verticallight.appointment;

import com.verticallight.appointment.AppointmentChange.Cause;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the appointments API speaks. */
public final class AppointmentViews {

    private AppointmentViews() {
    }

    @Schema(name = "AppointmentRequest", description = "A new appointment. Give contactId, or phone (and name) to find or "
            + "create the contact; give startsAt (an instant) or localStart (in the business's time zone).")
    public record AppointmentRequest(
            UUID contactId,
            @Schema(example = "+919812345678") @Size(max = 40) String phone,
            @Size(max = 200) String name,
            @NotBlank @Size(max = 200) @Schema(example = "Haircut") String serviceName,
            @Schema(example = "2026-03-14T09:30:00Z") Instant startsAt,
            @Schema(example = "2026-03-14T15:00:00", description = "Local date-time in the business's time zone")
            LocalDateTime localStart,
            @Min(1) @Max(1440) @Schema(example = "45", description = "30 when not given") Integer durationMinutes,
            @Size(max = 120) String staffName) {
    }

    @Schema(name = "AppointmentMove", description = "A new start: startsAt (an instant) or localStart (local time)")
    public record RescheduleRequest(
            @Schema(example = "2026-03-15T09:30:00Z") Instant startsAt,
            @Schema(example = "2026-03-15T15:00:00") LocalDateTime localStart,
            @Min(1) @Max(1440) Integer durationMinutes) {
    }

    @Schema(name = "AppointmentChange")
    public record ChangeView(AppointmentStatus fromStatus, AppointmentStatus toStatus, Instant fromStartsAt,
            Instant toStartsAt, Cause cause, String detail, Instant at) {

        static ChangeView of(AppointmentChange c) {
            return new ChangeView(c.fromStatus, c.toStatus, c.fromStartsAt, c.toStartsAt, c.cause, c.detail,
                    c.createdAt);
        }
    }

    @Schema(name = "Appointment")
    public record AppointmentView(
            UUID id,
            UUID businessId,
            UUID contactId,
            String serviceName,
            Instant startsAt,
            @Schema(description = "The start in the business's time zone") LocalDateTime localStart,
            String timeZone,
            int durationMinutes,
            String staffName,
            AppointmentStatus status,
            @Schema(description = "Reminders still to go out") List<Instant> pendingReminders,
            @Schema(description = "Every change and its cause (only when reading one appointment)")
            List<ChangeView> changes,
            Instant createdAt,
            Instant updatedAt) {
    }
}
