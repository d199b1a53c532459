package com.verticallight.payment;

/** OPEN until the customer paid or the owner stopped the reminders. */
public enum PaymentStatus {
    OPEN, PAID, STOPPED
}
