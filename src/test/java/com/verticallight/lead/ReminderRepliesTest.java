package com.verticallight.lead;

import static com.verticallight.support.Eventually.eventually;
import static com.verticallight.channel.WebhookTestSupport.deliver;
import static com.verticallight.channel.WebhookTestSupport.inboundText;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.appointment.ReminderFixture;
import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A reply that an appointment or payment reminder asked for is that flow's: it changes the appointment or hands the
 * payment to the owner, and starts no lead nurturing (no lead, no welcome message, no follow-ups). Anything else the
 * same customer writes is still a lead.
 */
@QuarkusTest
class ReminderRepliesTest {

    @Inject
    Sql sql;


    private static String book(ReminderFixture f, String phone) {
        return f.owner().as().body(Map.of("phone", phone, "name", "Asha Sen", "serviceName", "Haircut",
                        "localStart", LocalDate.now(f.zone()).plusDays(2).atTime(LocalTime.of(15, 0)).toString()))
                .post("/api/v1/businesses/" + f.businessId() + "/appointments")
                .then().statusCode(201).extract().path("id");
    }

    private static String status(ReminderFixture f, String id) {
        return f.owner().as().get("/api/v1/appointments/" + id).then().statusCode(200).extract().path("status");
    }

    /** Sends the customer's message through the signed webhook and waits until the last listener (leads) kept it. */
    private void reply(ReminderFixture f, String phone, String text) {
        String wamid = "wamid.IN" + UUID.randomUUID();
        deliver(inboundText(f.pnid(), wamid, phone.substring(1), text)).statusCode(200);
        eventually(() -> sql.count("select count(*) from inbound_message where tenant_id = $1 and message_id = $2",
                f.owner().tenantId(), wamid) == 1, "the message is kept for the conversation");
    }

    private List<Object> leads(ReminderFixture f) {
        return f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/leads").then().statusCode(200)
                .extract().jsonPath().getList("");
    }

    /** Follow-ups (correlation lead:<id>) and the first-reply safety net (lead-reply:<id>). */
    private long leadJobs(ReminderFixture f) {
        return sql.count("select count(*) from job where tenant_id = $1 and (correlation like 'lead:%'"
                + " or correlation like 'lead-reply:%')", f.owner().tenantId());
    }

    private long followUps(ReminderFixture f) {
        return sql.count("select count(*) from job where tenant_id = $1 and kind = 'lead.follow_up'",
                f.owner().tenantId());
    }

    /** Messages WireMock received for this phone (reminders are not due in these tests, so any would be a welcome). */
    private static long messagesTo(ReminderFixture f, String phone) {
        return f.sent().stream().filter(r -> r.getBodyAsString().contains("\"to\":\"" + phone.substring(1) + "\""))
                .count();
    }

    private void assertNoLeadNurturing(ReminderFixture f, String phone) {
        assertThat(leads(f)).as("no lead").isEmpty();
        assertThat(leadJobs(f)).as("no follow-ups").isZero();
        assertThat(messagesTo(f, phone)).as("no welcome message").isZero();
    }

    @Test
    void aCancelReplyToAReminderCancelsTheAppointmentAndStartsNoLead() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String appointment = book(f, phone);

        reply(f, phone, "cancel");

        assertThat(status(f, appointment)).isEqualTo("CANCELLED");
        assertNoLeadNurturing(f, phone);
    }

    @Test
    void aHaanReplyConfirmsTheAppointmentAndStartsNoLead() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String appointment = book(f, phone);

        reply(f, phone, "haan");
        assertThat(status(f, appointment)).isEqualTo("CONFIRMED");
        reply(f, phone, "Yes!");

        assertThat(status(f, appointment)).isEqualTo("CONFIRMED");
        assertNoLeadNurturing(f, phone);
    }

    @Test
    void aPaidReplyToAPaymentReminderGoesToTheOwnerAndStartsNoLead() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String payment = f.owner().as().body(Map.of("phone", phone, "name", "Asha Sen", "amountMinor", 150000,
                        "currency", "INR", "dueDate", LocalDate.now(f.zone()).plusDays(5).toString(),
                        "paymentLink", "https://rzp.io/l/bridal-balance", "description", "Bridal package balance"))
                .post("/api/v1/businesses/" + f.businessId() + "/payment-requests")
                .then().statusCode(201).extract().path("id");

        reply(f, phone, "Paid.");
        reply(f, phone, "haan");

        List<Map<String, Object>> tasks = f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/manual-tasks")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.guidanceKey == 'check-customer-payment' }");
        assertThat(tasks).as("one task per payment request").hasSize(1);
        assertThat((String) tasks.get(0).get("title")).isEqualTo("Check Asha Sen's payment of ₹1,500");
        assertThat((String) tasks.get(0).get("reason")).contains("replied \"Paid.\"", "Bridal package balance",
                "mark the request paid");
        assertNoLeadNurturing(f, phone);
    }

    @Test
    void anUnrelatedMessageFromTheSameCustomerIsStillALead() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String appointment = book(f, phone);
        reply(f, phone, "cancel");

        reply(f, phone, "Do you also do bridal makeup?");

        eventually(() -> leads(f).size() == 1, "the enquiry is a lead");
        eventually(() -> messagesTo(f, phone) == 1, "the lead is welcomed");
        assertThat(f.sent().stream().filter(r -> r.getBodyAsString().contains("thank you for contacting"))).hasSize(1);
        assertThat(followUps(f)).as("its two follow-ups").isEqualTo(2);
        assertThat(status(f, appointment)).isEqualTo("CANCELLED");
    }
}
