package com.verticallight.payment;

import static com.verticallight.appointment.ReminderFixture.runJobsAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.appointment.ReminderFixture;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentRemindersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINK = "https://rzp.io/l/bridal-balance";

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @Inject
    Sql sql;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String enter(ReminderFixture f, String phone, LocalDate due) {
        return f.owner().as().body(Map.of("phone", phone, "name", "Asha Sen", "amountMinor", 150000,
                        "currency", "INR", "dueDate", due.toString(), "paymentLink", LINK,
                        "description", "Bridal package balance"))
                .post("/api/v1/businesses/" + f.businessId() + "/payment-requests")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
    }

    /** Reminders delivered to the phone (the gateway may repeat an HTTP call that timed out on a busy machine). */
    private long sent(String phone) {
        return sql.count("select count(*) from delivery where recipient = $1 and status = 'SENT'", phone);
    }

    private static Instant tenAm(ReminderFixture f, LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(f.zone()).toInstant();
    }

    private static String reminderBody(String phone, LocalDate due) {
        return """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"template",
                 "template":{"name":"payment_reminder","language":{"code":"en"},
                  "components":[{"type":"body","parameters":[{"type":"text","text":"Asha Sen"},
                   {"type":"text","text":"₹1,500"},{"type":"text","text":"Bridal package balance"},
                   {"type":"text","text":"%s"},{"type":"text","text":"%s"}]}]}}"""
                .formatted(phone.substring(1), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(due),
                        LINK);
    }

    @Test
    void remindersFollowTheScheduleAndStopOncePaid() throws Exception {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        LocalDate due = LocalDate.now(f.zone()).plusDays(5);
        String id = enter(f, phone, due);
        f.owner().as().get("/api/v1/payment-requests/" + id).then().statusCode(200)
                .body("remindersPlanned", equalTo(5))
                .body("pendingReminders", hasSize(5))
                .body("pendingReminders[0]", equalTo(tenAm(f, due.minusDays(3)).toString()))
                .body("pendingReminders[1]", equalTo(tenAm(f, due).toString()))
                .body("pendingReminders[2]", equalTo(tenAm(f, due.plusDays(3)).toString()));

        runJobsAt(clock, runner, tenAm(f, due.minusDays(3)).minusSeconds(60));
        assertThat(f.sent()).isEmpty();
        runJobsAt(clock, runner, tenAm(f, due.minusDays(3)).plusSeconds(60));
        assertThat(sent(phone)).isEqualTo(1);
        for (var request : f.sent()) {
            assertThat(JSON.readTree(request.getBodyAsString())).isEqualTo(JSON.readTree(reminderBody(phone, due)));
        }

        f.owner().as().post("/api/v1/payment-requests/" + id + "/paid").then().statusCode(200)
                .body("status", equalTo("PAID")).body("pendingReminders", hasSize(0));
        int requests = f.sent().size();
        runJobsAt(clock, runner, tenAm(f, due.plusDays(13)));
        assertThat(sent(phone)).isEqualTo(1);
        assertThat(f.sent()).hasSize(requests);
        assertThat(sql.count("select count(*) from automation_ledger where business_id = $1 and task_type = 'payment_reminder'",
                UUID.fromString(f.businessId()))).isEqualTo(1);
        f.owner().as().post("/api/v1/payment-requests/" + id + "/stop").then().statusCode(409);
    }

    @Test
    void anOverdueAmountIsRemindedEveryFewDaysFromNow() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        LocalDate due = LocalDate.now(f.zone()).minusDays(4);
        String id = enter(f, ReminderFixture.uniquePhone(), due);
        f.owner().as().get("/api/v1/payment-requests/" + id).then()
                .body("pendingReminders", hasSize(5))
                .body("pendingReminders[0]", equalTo(tenAm(f, due.plusDays(6)).toString()));
        f.owner().as().post("/api/v1/payment-requests/" + id + "/stop").then().statusCode(200)
                .body("status", equalTo("STOPPED")).body("pendingReminders", hasSize(0));
    }

    @Test
    void anOptedOutContactGetsNoPaymentReminder() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        LocalDate due = LocalDate.now(f.zone()).plusDays(5);
        String id = enter(f, phone, due);
        String contactId = f.owner().as().get("/api/v1/payment-requests/" + id).then().extract().path("contactId");
        f.owner().as().body(Map.of("reason", "Asked by phone"))
                .post("/api/v1/contacts/" + contactId + "/channels/WHATSAPP/opt-out").then().statusCode(200);

        runJobsAt(clock, runner, tenAm(f, due.minusDays(3)).plusSeconds(60));

        assertThat(f.sent()).isEmpty();
        assertThat(sql.count("select count(*) from delivery where recipient = $1 and status = 'REFUSED'", phone))
                .isEqualTo(1);
    }

    @Test
    void badInputIsA400NamingTheField() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        f.owner().as().body(Map.of("phone", ReminderFixture.uniquePhone(), "amountMinor", 100, "currency", "INR",
                        "dueDate", "2030-01-01", "paymentLink", "not a link", "description", "Balance"))
                .post("/api/v1/businesses/" + f.businessId() + "/payment-requests")
                .then().statusCode(400);
        f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/payment-requests?status=LATE")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
