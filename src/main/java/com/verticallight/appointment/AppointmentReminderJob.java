package com.verticallight.appointment;

import com.verticallight.appointment.AppointmentReminders.Payload;
import com.verticallight.appointment.ReminderMessenger.Reminder;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.crm.ContactService;
import com.verticallight.crm.ContactView;
import com.verticallight.job.JobHandler;
import com.verticallight.job.RunningJob;
import com.verticallight.platform.json.JsonText;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;

/**
 * Sends one appointment reminder when it is due: the appointment as it is now (a cancelled or moved one sends
 * nothing), the time in the business's zone and language. A send the policy refuses (opted out) is logged as a
 * refused delivery and the job ends; the job's key makes a retried job send nothing twice.
 */
@ApplicationScoped
public class AppointmentReminderJob implements JobHandler {

    public static final String KIND = "appointment.reminder";
    static final String TASK_TYPE = "appointment_reminder";

    @Inject
    AppointmentRepository appointments;

    @Inject
    BusinessService businesses;

    @Inject
    ContactService contacts;

    @Inject
    ReminderMessenger messenger;

    /** A reminder this close to the appointment is sent even in quiet hours: held till morning it would be late. */
    static final java.time.Duration URGENT_WITHIN = java.time.Duration.ofHours(3);

    @Inject
    java.time.Clock clock;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        Payload payload = JsonText.read(job.payload(), Payload.class);
        return Panache.withSession(() -> appointments.findById(payload.appointmentId()).chain(appointment -> {
            if (appointment == null || !appointment.status.isActive() || appointment.revision != payload.revision()) {
                return Uni.createFrom().<Reminder>nullItem();
            }
            return businesses.get(appointment.businessId).chain(business -> contacts.get(appointment.contactId)
                    .map(contact -> reminder(appointment, business, contact, job.idempotencyKey(),
                            !appointment.startsAt.isAfter(clock.instant().plus(URGENT_WITHIN)))));
        })).chain(reminder -> reminder == null ? Uni.createFrom().voidItem() : messenger.send(reminder));
    }

    static Reminder reminder(Appointment appointment, BusinessView business, ContactView contact, String key,
            boolean urgent) {
        String name = Customers.greetingName(contact);
        java.util.Locale language = ReminderTexts.customerLanguage(contact.language(), business.language());
        String when = LocalTimes.dateTime(appointment.startsAt, ZoneId.of(business.timeZone()), language.toLanguageTag());
        ReminderMessage message = new ReminderMessage(ReminderTexts.APPOINTMENT_TEMPLATE,
                List.of(name, appointment.serviceName, when),
                ReminderTexts.appointment(language, name, appointment.serviceName, when, business.name()));
        return new Reminder(appointment.businessId, contact.phone(), language.toLanguageTag(), message, key,
                TASK_TYPE, appointment.serviceName + " on " + when + " for " + name, urgent, appointment.startsAt);
    }
}
