package com.verticallight.appointment;

import com.verticallight.i18n.Text;
import com.verticallight.business.BusinessService;
import com.verticallight.platform.problem.Problem.FieldError;
import com.verticallight.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

/** Each business's reminder timing (appointments and payments); defaults until the owner changes them. */
@ApplicationScoped
public class ReminderSettings {

    static final int MAX_OFFSET_MINUTES = 30 * 24 * 60;

    @Inject
    ReminderSettingRepository settings;

    @Inject
    BusinessService businesses;

    @Inject
    Clock clock;

    @WithSession
    public Uni<ReminderSchedule> get(UUID businessId) {
        return businesses.get(businessId).chain(b -> settings.ofBusiness(businessId)).map(ReminderSchedule::of);
    }

    /** The business's timing inside the caller's session, without checking the business. */
    public Uni<ReminderSchedule> of(UUID businessId) {
        return settings.ofBusiness(businessId).map(ReminderSchedule::of);
    }

    /** Applies to reminders scheduled from now on; those already scheduled keep their times. */
    @WithTransaction
    public Uni<ReminderSchedule> save(UUID businessId, ReminderSchedule request) {
        List<FieldError> errors = check(request);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid(errors));
        }
        return businesses.get(businessId).chain(b -> settings.ofBusiness(businessId)).chain(found -> {
            ReminderSetting s = found == null ? new ReminderSetting() : found;
            s.businessId = businessId;
            s.appointmentOffsetsMinutes = request.appointmentOffsetsMinutes().stream().distinct().sorted((a, c) -> c - a)
                    .toList();
            s.paymentDaysBefore = request.paymentDaysBefore();
            s.paymentEveryDays = request.paymentEveryDays();
            s.paymentMaxReminders = request.paymentMaxReminders();
            s.paymentSendTime = request.paymentSendTime();
            s.updatedAt = clock.instant();
            return found == null ? settings.add(s) : settings.flush(s);
        }).map(ReminderSchedule::of);
    }

    static List<FieldError> check(ReminderSchedule r) {
        List<FieldError> errors = new ArrayList<>();
        List<Integer> offsets = r.appointmentOffsetsMinutes();
        if (offsets == null || offsets.size() > 10
                || offsets.stream().anyMatch(o -> o == null || o < 1 || o > MAX_OFFSET_MINUTES)) {
            errors.add(FieldError.of("appointmentOffsetsMinutes",
                    Text.of("appointment.offsets", Map.of("max", MAX_OFFSET_MINUTES))));
        }
        if (r.paymentDaysBefore() < 0 || r.paymentDaysBefore() > 60) {
            errors.add(FieldError.of("paymentDaysBefore", Text.of("appointment.zeroTo60")));
        }
        if (r.paymentEveryDays() < 1 || r.paymentEveryDays() > 60) {
            errors.add(FieldError.of("paymentEveryDays", Text.of("appointment.oneTo60")));
        }
        if (r.paymentMaxReminders() < 1 || r.paymentMaxReminders() > 30) {
            errors.add(FieldError.of("paymentMaxReminders", Text.of("appointment.oneTo30")));
        }
        if (r.paymentSendTime() == null) {
            errors.add(FieldError.of("paymentSendTime", Text.of("appointment.localTimeSuchAs10")));
        }
        return errors;
    }
}
