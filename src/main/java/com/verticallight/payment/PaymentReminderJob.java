package com.verticallight.payment;

import com.verticallight.appointment.Customers;
import com.verticallight.appointment.LocalTimes;
import com.verticallight.appointment.ReminderMessage;
import com.verticallight.appointment.ReminderMessenger;
import com.verticallight.appointment.ReminderMessenger.Reminder;
import com.verticallight.appointment.ReminderTexts;
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
import com.verticallight.i18n.Formats;
import com.verticallight.i18n.Languages;
import java.util.Locale;
import java.util.List;
import java.util.UUID;

/**
 * Sends one payment reminder when it is due, unless the amount was paid or the reminders stopped. A send the
 * policy refuses (opted out) is logged as refused and the job ends; its key makes a retry send nothing twice.
 */
@ApplicationScoped
public class PaymentReminderJob implements JobHandler {

    public static final String KIND = "payment.reminder";
    static final String TASK_TYPE = "payment_reminder";

    @Inject
    PaymentRequestRepository payments;

    @Inject
    BusinessService businesses;

    @Inject
    ContactService contacts;

    @Inject
    ReminderMessenger messenger;

    /** What a reminder job carries. */
    public record Payload(UUID paymentId, int number) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Uni<Void> handle(RunningJob job) {
        Payload payload = JsonText.read(job.payload(), Payload.class);
        return Panache.withSession(() -> payments.findById(payload.paymentId()).chain(payment -> {
            if (payment == null || payment.status != PaymentStatus.OPEN) {
                return Uni.createFrom().<Reminder>nullItem();
            }
            return businesses.get(payment.businessId).chain(business -> contacts.get(payment.contactId)
                    .map(contact -> reminder(payment, business, contact, job.idempotencyKey())));
        })).chain(reminder -> reminder == null ? Uni.createFrom().voidItem() : messenger.send(reminder));
    }

    static Reminder reminder(PaymentRequest payment, BusinessView business, ContactView contact, String key) {
        String name = Customers.greetingName(contact);
        Locale language = ReminderTexts.customerLanguage(contact.language(), business.language());
        String amount = amount(payment.amountMinor, payment.currency, language);
        String due = LocalTimes.date(payment.dueDate, language.toLanguageTag());
        ReminderMessage message = new ReminderMessage(ReminderTexts.PAYMENT_TEMPLATE,
                List.of(name, amount, payment.description, due, payment.paymentLink),
                ReminderTexts.payment(language, name, amount, payment.description, due, business.name(),
                        payment.paymentLink));
        return new Reminder(payment.businessId, contact.phone(), language.toLanguageTag(), message, key, TASK_TYPE,
                amount + " for " + payment.description + " from " + name + ", due " + due, false, null);
    }

    /** e.g. "₹1,500" or "₹12,34,567.89": the amount as CLDR writes it in the reader's language (Indian grouping for INR). */
    public static String amount(long minor, String currency, Locale language) {
        return Formats.money(minor, currency, Languages.forCurrency(language, currency));
    }
}
