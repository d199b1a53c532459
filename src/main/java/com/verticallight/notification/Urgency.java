package com.verticallight.notification;

/** How soon a person should hear of it. URGENT passes quiet hours; the others wait for the end of them. */
public enum Urgency {
    LOW, NORMAL, HIGH, URGENT
}
