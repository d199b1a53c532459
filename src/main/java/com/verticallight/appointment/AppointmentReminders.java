package com.verticallight.appointment;

import com.verticallight.job.Job;
import com.verticallight.job.JobRepository;
import com.verticallight.job.JobRequest;
import com.verticallight.job.JobScheduler;
import com.verticallight.job.JobStatus;
import com.verticallight.platform.json.JsonText;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reminder jobs of appointments, written inside the caller's transaction. Each revision of an appointment
 * (a reschedule makes a new one) has reminders with keys of their own; cancelling removes the pending ones.
 */
@ApplicationScoped
public class AppointmentReminders {

    static final int MAX_ATTEMPTS = 3;

    @Inject
    JobScheduler scheduler;

    @Inject
    JobRepository jobs;

    /** What a reminder job carries. */
    public record Payload(UUID appointmentId, int revision, int offsetMinutes) {
    }

    static String correlation(UUID appointmentId) {
        return "appointment:" + appointmentId;
    }

    Uni<Void> schedule(Appointment appointment, ReminderSchedule timing, Instant now) {
        List<ReminderSchedule.Reminder> due = timing.appointmentReminders(appointment.startsAt, now);
        return Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(reminder -> scheduler.schedule(new JobRequest(
                        AppointmentReminderJob.KIND,
                        JsonText.write(new Payload(appointment.id, appointment.revision, reminder.offsetMinutes())),
                        reminder.runAt(),
                        correlation(appointment.id) + ":r" + appointment.revision + ":" + reminder.offsetMinutes(),
                        correlation(appointment.id), MAX_ATTEMPTS)))
                .collect().last().replaceWithVoid();
    }

    Uni<Integer> cancel(UUID appointmentId) {
        return scheduler.cancelAll(correlation(appointmentId));
    }

    /** When the pending reminders of the appointment go out, soonest first. */
    Uni<List<Instant>> pending(UUID appointmentId) {
        return jobs.list("correlation = :c and status = :pending",
                Map.of("c", correlation(appointmentId), "pending", JobStatus.PENDING), "runAt")
                .map(found -> found.stream().map((Job job) -> job.runAt).toList());
    }
}
