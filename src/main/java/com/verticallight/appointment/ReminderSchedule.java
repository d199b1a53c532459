package com.verticallight.appointment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A business's reminder timing, as the API shows it and the schedulers use it.
 *
 * @param appointmentOffsetsMinutes reminders this many minutes before each appointment (default 24 h and 2 h)
 * @param paymentDaysBefore the first payment reminder this many days before the due date
 * @param paymentEveryDays after the due date, one reminder every this many days
 * @param paymentMaxReminders at most this many payment reminders in all
 * @param paymentSendTime payment reminders go out at this local time
 */
@Schema(name = "ReminderSettings")
public record ReminderSchedule(
        @Schema(example = "[1440, 120]") List<Integer> appointmentOffsetsMinutes,
        @Schema(example = "3") int paymentDaysBefore,
        @Schema(example = "3") int paymentEveryDays,
        @Schema(example = "5") int paymentMaxReminders,
        @Schema(example = "10:00", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)
        LocalTime paymentSendTime) {

    public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(24 * 60, 2 * 60), 3, 3, 5,
            LocalTime.of(10, 0));

    static ReminderSchedule of(ReminderSetting s) {
        return s == null ? DEFAULT : new ReminderSchedule(s.appointmentOffsetsMinutes, s.paymentDaysBefore,
                s.paymentEveryDays, s.paymentMaxReminders, s.paymentSendTime);
    }

    /** One reminder of an appointment: how long before the start, and when it goes out. */
    public record Reminder(int offsetMinutes, Instant runAt) {
    }

    /** The appointment's reminders still ahead of now; an offset already past when booked is skipped. */
    public List<Reminder> appointmentReminders(Instant start, Instant now) {
        return appointmentOffsetsMinutes.stream().distinct()
                .map(offset -> new Reminder(offset, start.minus(Duration.ofMinutes(offset))))
                .filter(reminder -> reminder.runAt().isAfter(now))
                .toList();
    }
}
