package com.verticallight.appointment;

import com.verticallight.i18n.Text;
import com.verticallight.platform.outbox.Outbox;
import com.verticallight.appointment.AppointmentChange.Cause;
import com.verticallight.appointment.AppointmentViews.AppointmentRequest;
import com.verticallight.appointment.AppointmentViews.AppointmentView;
import com.verticallight.appointment.AppointmentViews.ChangeView;
import com.verticallight.appointment.AppointmentViews.RescheduleRequest;
import com.verticallight.business.BusinessService;
import com.verticallight.business.BusinessView;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Appointments and their reminders: every change is written with its reminder jobs and its cause in one
 * transaction (booking schedules them, a reschedule moves them, cancelling removes them).
 */
@ApplicationScoped
public class AppointmentService {

    static final String APPOINTMENT = "Appointment";
    static final int DEFAULT_DURATION = 30;
    static final int MAX_LIST = 500;

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentChangeRepository changes;

    @Inject
    AppointmentReminders reminders;

    @Inject
    ReminderSettings settings;

    @Inject
    Customers customers;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<AppointmentView> create(UUID businessId, AppointmentRequest request) {
        return businesses.get(businessId).chain(business -> {
            Instant start = startOf(request.startsAt(), request.localStart(), business);
            return customers.resolve(request.contactId(), request.phone(), request.name()).chain(contact -> {
                Appointment a = new Appointment();
                a.businessId = businessId;
                a.contactId = contact.id();
                a.serviceName = request.serviceName().trim();
                a.startsAt = start;
                a.durationMinutes = request.durationMinutes() == null ? DEFAULT_DURATION : request.durationMinutes();
                a.staffName = blankToNull(request.staffName());
                a.status = AppointmentStatus.BOOKED;
                a.createdAt = clock.instant();
                a.updatedAt = a.createdAt;
                return appointments.add(a)
                        .call(added -> record(added, null, null, Cause.API, "Booked", null))
                        .call(added -> scheduleReminders(added))
                        .chain(added -> view(added, business, false));
            });
        });
    }

    @WithSession
    public Uni<List<AppointmentView>> list(UUID businessId, Instant from, Instant to, AppointmentStatus status) {
        if (from != null && to != null && !to.isAfter(from)) {
            return Uni.createFrom().failure(ProblemException.invalid("to", Text.of("field.afterFrom")));
        }
        List<String> where = new ArrayList<>(List.of("businessId = :business"));
        Map<String, Object> parameters = new HashMap<>(Map.of("business", businessId));
        if (from != null) {
            where.add("startsAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("startsAt < :to");
            parameters.put("to", to);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.put("status", status);
        }
        return businesses.get(businessId).chain(business -> appointments
                .page(String.join(" and ", where), parameters, "startsAt, id", 0, MAX_LIST)
                .chain(found -> Multi.createFrom().iterable(found)
                        .onItem().transformToUniAndConcatenate(a -> view(a, business, false))
                        .collect().asList()));
    }

    @WithSession
    public Uni<AppointmentView> get(UUID id) {
        return appointments.getById(id, APPOINTMENT)
                .chain(a -> businesses.get(a.businessId).chain(business -> view(a, business, true)));
    }

    /** Moves the appointment: the pending reminders are cancelled and new ones scheduled for the new start. */
    @WithTransaction
    public Uni<AppointmentView> reschedule(UUID id, RescheduleRequest request) {
        return appointments.getById(id, APPOINTMENT).chain(a -> businesses.get(a.businessId).chain(business -> {
            requireActive(a, "rescheduled", "");
            Instant before = a.startsAt;
            a.startsAt = startOf(request.startsAt(), request.localStart(), business);
            if (request.durationMinutes() != null) {
                a.durationMinutes = request.durationMinutes();
            }
            a.revision++;
            a.updatedAt = clock.instant();
            return appointments.flush(a)
                    .call(() -> reminders.cancel(a.id))
                    .call(() -> scheduleReminders(a))
                    .call(() -> record(a, a.status, before, Cause.API, "Rescheduled", null))
                    .chain(() -> view(a, business, true));
        }));
    }

    /**
     * Cancels (removing the pending reminders) or closes an appointment as COMPLETED or NO_SHOW. Asking for the
     * status it already has changes nothing and answers it again (a retried request is not an error).
     */
    @WithTransaction
    public Uni<AppointmentView> changeStatus(UUID id, AppointmentStatus to) {
        return appointments.getById(id, APPOINTMENT).chain(a -> businesses.get(a.businessId).chain(business -> {
            if (a.status == to) {
                return view(a, business, true);
            }
            boolean correction = Set.of(AppointmentStatus.COMPLETED, AppointmentStatus.NO_SHOW).containsAll(
                    Set.of(a.status, to));
            if (!correction) {
                requireActive(a, "marked", String.valueOf(to));
            }
            return setStatus(a, to, Cause.API, null, null).chain(() -> view(a, business, true));
        }));
    }

    /**
     * A customer's reply: confirms or cancels their next upcoming appointment at the connection's business. Null
     * when there is none to change (none booked, already confirmed, or this message was handled before).
     */
    @WithTransaction
    /**
     * What a reply did: whether it was about an appointment at all (the message was applied before, or the contact
     * has an upcoming one), and the appointment it changed, if any.
     */
    public record ReplyResult(boolean forAppointment, Appointment changed) {

        static final ReplyResult NOT_FOR_US = new ReplyResult(false, null);
    }

    public Uni<ReplyResult> applyReply(UUID businessId, UUID contactId, ReplyWords.Intent intent, String text,
            String messageId) {
        return changes.seenMessage(messageId).chain(seen -> seen ? Uni.createFrom().item(new ReplyResult(true, null))
                : appointments.nextActive(businessId, contactId, clock.instant()).chain(a -> {
                    AppointmentStatus to = intent == ReplyWords.Intent.CONFIRM ? AppointmentStatus.CONFIRMED
                            : AppointmentStatus.CANCELLED;
                    if (a == null) {
                        return Uni.createFrom().item(ReplyResult.NOT_FOR_US);
                    }
                    if (a.status == to) {
                        return Uni.createFrom().item(new ReplyResult(true, null));
                    }
                    return setStatus(a, to, Cause.REPLY, "Replied \"" + text.trim() + "\"", messageId)
                            .replaceWith(new ReplyResult(true, a));
                }));
    }

    private Uni<Void> setStatus(Appointment a, AppointmentStatus to, Cause cause, String detail, String messageId) {
        AppointmentStatus from = a.status;
        a.status = to;
        a.updatedAt = clock.instant();
        return appointments.flush(a)
                .call(() -> to.isActive() ? Uni.createFrom().voidItem() : reminders.cancel(a.id))
                .call(() -> record(a, from, a.startsAt, cause, detail, messageId))
                .replaceWithVoid();
    }

    private Uni<Void> scheduleReminders(Appointment a) {
        return settings.of(a.businessId).chain(timing -> reminders.schedule(a, timing, clock.instant()));
    }

    private Uni<AppointmentChange> record(Appointment a, AppointmentStatus from, Instant fromStart, Cause cause,
            String detail, String messageId) {
        AppointmentChange c = new AppointmentChange();
        c.appointmentId = a.id;
        c.fromStatus = from;
        c.toStatus = a.status;
        c.fromStartsAt = fromStart;
        c.toStartsAt = a.startsAt;
        c.cause = cause;
        c.detail = detail;
        c.messageId = messageId;
        c.createdAt = clock.instant();
        return changes.add(c).call(() -> changed(a, from, cause));
    }

    /** "appointment.booked", ".cancelled", ".no_show" or ".completed", in the change's transaction. */
    private Uni<Void> changed(Appointment a, AppointmentStatus from, Cause cause) {
        String topic = from == null ? "appointment.booked" : a.status == from ? null : switch (a.status) {
            case CANCELLED -> "appointment.cancelled";
            case NO_SHOW -> "appointment.no_show";
            case COMPLETED -> "appointment.completed";
            default -> null;
        };
        return topic == null ? Uni.createFrom().voidItem() : Outbox.emit(a.tenantId, topic, Outbox.payload(
                "appointmentId", a.id, "businessId", a.businessId, "contactId", a.contactId, "serviceName",
                a.serviceName, "startsAt", a.startsAt, "durationMinutes", a.durationMinutes, "staffName", a.staffName,
                "status", a.status, "fromStatus", from, "cause", cause), clock.instant());
    }

    private Uni<AppointmentView> view(Appointment a, BusinessView business, boolean withChanges) {
        ZoneId zone = ZoneId.of(business.timeZone());
        Uni<List<ChangeView>> history = withChanges
                ? changes.of(a.id).map(all -> all.stream().map(ChangeView::of).toList())
                : Uni.createFrom().nullItem();
        return reminders.pending(a.id).chain(pending -> history.map(h -> new AppointmentView(a.id, a.businessId,
                a.contactId, a.serviceName, a.startsAt, LocalDateTime.ofInstant(a.startsAt, zone), business.timeZone(),
                a.durationMinutes, a.staffName, a.status, pending, h, a.createdAt, a.updatedAt)));
    }

    private Instant startOf(Instant startsAt, LocalDateTime localStart, BusinessView business) {
        if ((startsAt == null) == (localStart == null)) {
            throw ProblemException.invalid("startsAt", Text.of("appointment.giveEitherStartsAtInstantLocalStart"));
        }
        Instant start = startsAt != null ? startsAt : localStart.atZone(ZoneId.of(business.timeZone())).toInstant();
        if (!start.isAfter(clock.instant())) {
            throw ProblemException.invalid(startsAt != null ? "startsAt" : "localStart", Text.of("field.future"));
        }
        return start;
    }

    private static void requireActive(Appointment a, String what, String to) {
        if (!a.status.isActive()) {
            throw ProblemException.conflict(Text.of("appointment.notActive", Map.of("status", a.status.name(), "action", what, "to", to)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
