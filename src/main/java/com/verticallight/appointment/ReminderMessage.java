package com.verticallight.appointment;

import java.util.List;

/**
 * A reminder in both forms: an approved WhatsApp template with its body parameters, and the SMS text.
 */
public record ReminderMessage(String templateName, List<String> parameters, String smsText) {
}
