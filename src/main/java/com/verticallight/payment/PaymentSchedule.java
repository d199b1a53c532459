package com.verticallight.payment;

import com.verticallight.appointment.ReminderSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When the reminders of an unpaid amount go out: the set number of days before the due date, on the due date,
 * then every few days after it, at the business's send time, at most the set number. Times already past when
 * the amount is entered are skipped (the count is of reminders still to come).
 */
public final class PaymentSchedule {

    private PaymentSchedule() {
    }

    public static List<Instant> times(LocalDate due, ReminderSchedule timing, ZoneId zone, Instant now) {
        List<Instant> times = new ArrayList<>();
        LocalDate day = timing.paymentDaysBefore() > 0 ? due.minusDays(timing.paymentDaysBefore()) : due;
        while (times.size() < timing.paymentMaxReminders()) {
            Instant at = day.atTime(timing.paymentSendTime()).atZone(zone).toInstant();
            if (at.isAfter(now)) {
                times.add(at);
            }
            day = day.isBefore(due) ? due : day.plusDays(timing.paymentEveryDays());
        }
        return times;
    }
}
