package com.verticallight.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.appointment.ReminderMessenger.Reminder;
import com.verticallight.business.BusinessView;
import com.verticallight.crm.ContactView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reminder is written in the customer's language (theirs, else the business's), amounts as CLDR writes them. */
class CustomerLanguageReminderTest {

    @Test
    void aHindiCustomerOfAnEnglishBusinessGetsHindiWithRupeesInIndianGrouping() {
        Reminder reminder = PaymentReminderJob.reminder(payment(), business("en-IN"), contact("hi"), "k1");
        assertThat(reminder.language()).isEqualTo("hi");
        assertThat(reminder.message().smsText()).isEqualTo("नमस्ते Asha Sen, Glow Salon की ओर से याद दिलाना: "
                + "Bridal package balance के ₹12,34,567.89 का भुगतान 14 मार्च 2027 तक करना है। यहाँ भुगतान करें: "
                + "https://pay.example/x");
        assertThat(reminder.message().parameters()).contains("₹12,34,567.89");
    }

    @Test
    void aCustomerWithoutALanguageGetsTheBusinesssAndArabicReadsArabic() {
        assertThat(PaymentReminderJob.reminder(payment(), business("en-IN"), contact(null), "k2").message().smsText())
                .startsWith("Hi Asha Sen, a reminder from Glow Salon: ₹12,34,567.89 for Bridal package balance is due on");
        Reminder arabic = PaymentReminderJob.reminder(payment(), business("en-IN"), contact("ar"), "k3");
        assertThat(arabic.language()).isEqualTo("ar");
        assertThat(arabic.message().smsText()).startsWith("مرحبًا Asha Sen، تذكير من Glow Salon").doesNotContain("INR");
    }

    private static PaymentRequest payment() {
        PaymentRequest payment = new PaymentRequest();
        payment.businessId = UUID.randomUUID();
        payment.amountMinor = 123456789;
        payment.currency = "INR";
        payment.description = "Bridal package balance";
        payment.dueDate = LocalDate.of(2027, 3, 14);
        payment.paymentLink = "https://pay.example/x";
        return payment;
    }

    private static BusinessView business(String language) {
        return new BusinessView(UUID.randomUUID(), "Glow Salon", null, null, null, null, "IN", 0, 0, 5, null,
                language, "Asia/Kolkata", null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ContactView contact(String language) {
        return new ContactView(UUID.randomUUID(), "Asha Sen", "+919812345678", null, language, List.of(), List.of(),
                null, null);
    }
}
