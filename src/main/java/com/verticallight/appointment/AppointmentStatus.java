package com.verticallight.appointment;

/** Where an appointment stands. Reminders go out only while it is BOOKED or CONFIRMED. */
public enum AppointmentStatus {
    BOOKED, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW;

    public boolean isActive() {
        return this == BOOKED || this == CONFIRMED;
    }
}
