package com.verticallight.appointment;

import java.util.Map;

/**
 * SMS texts of the reminders per language (English when the business's language has none). WhatsApp uses the
 * approved templates of the same name, whose wording lives in WhatsApp Manager.
 */
public final class ReminderTexts {

    public static final String APPOINTMENT_TEMPLATE = "appointment_reminder";
    public static final String PAYMENT_TEMPLATE = "payment_reminder";

    private static final Map<String, String> APPOINTMENT = Map.of(
            "en", "Hi %1$s, a reminder of your %2$s at %4$s on %3$s. Reply YES to confirm or CANCEL to cancel.",
            "hi", "नमस्ते %1$s, %4$s में आपकी %2$s की बुकिंग %3$s को है। पक्का करने के लिए हाँ, रद्द करने के लिए रद्द लिखें।");

    private static final Map<String, String> PAYMENT = Map.of(
            "en", "Hi %1$s, a reminder from %5$s: %2$s for %3$s is due on %4$s. Pay here: %6$s",
            "hi", "नमस्ते %1$s, %5$s की ओर से याद दिलाना: %3$s के %2$s का भुगतान %4$s तक करना है। यहाँ भुगतान करें: %6$s");

    private ReminderTexts() {
    }

    public static String appointment(String language, String name, String service, String when, String business) {
        return text(APPOINTMENT, language).formatted(name, service, when, business);
    }

    public static String payment(String language, String name, String amount, String description, String due,
            String business, String link) {
        return text(PAYMENT, language).formatted(name, amount, description, due, business, link);
    }

    private static String text(Map<String, String> texts, String language) {
        return texts.getOrDefault(LocalTimes.languageCode(language), texts.get("en"));
    }
}
