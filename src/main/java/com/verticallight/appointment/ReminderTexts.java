package com.verticallight.appointment;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import java.util.Locale;
import java.util.Map;

/**
 * SMS texts of the reminders, from the messages catalogue (reminder.*) in the customer's language: the contact's
 * own language when it is one of the eight, else the business's customers' language, else English. WhatsApp uses
 * the approved templates of the same name, whose wording lives in WhatsApp Manager. A sent text is fixed: it is
 * written once, at send time.
 */
public final class ReminderTexts {

    public static final String APPOINTMENT_TEMPLATE = "appointment_reminder";
    public static final String PAYMENT_TEMPLATE = "payment_reminder";

    private ReminderTexts() {
    }

    /** The language to write to a customer in: theirs, else the business's, else English. */
    public static Locale customerLanguage(String contactLanguage, String businessLanguage) {
        return Languages.supported(contactLanguage).or(() -> Languages.supported(businessLanguage))
                .orElse(Languages.ENGLISH);
    }

    public static String appointment(Locale language, String name, String service, String when, String business) {
        return Catalogue.messages().format(language, "reminder.appointment.sms",
                Map.of("name", name, "service", service, "when", when, "business", business));
    }

    public static String payment(Locale language, String name, String amount, String description, String due,
            String business, String link) {
        return Catalogue.messages().format(language, "reminder.payment.sms", Map.of("name", name, "amount", amount,
                "description", description, "due", due, "business", business, "link", link));
    }
}
