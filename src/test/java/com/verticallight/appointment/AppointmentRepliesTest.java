package com.verticallight.appointment;

import static com.verticallight.channel.WebhookTestSupport.deliver;
import static com.verticallight.support.Eventually.eventually;
import static com.verticallight.channel.WebhookTestSupport.inboundText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.verticallight.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppointmentRepliesTest {

    @Inject
    Sql sql;

    private static String book(ReminderFixture f, String phone, int inDays) {
        return f.owner().as().body(Map.of("phone", phone, "name", "Asha Sen", "serviceName", "Haircut",
                        "localStart", LocalDate.now(f.zone()).plusDays(inDays).atTime(LocalTime.of(15, 0)).toString()))
                .post("/api/v1/businesses/" + f.businessId() + "/appointments")
                .then().statusCode(201).extract().path("id");
    }

    private static String status(ReminderFixture f, String id) {
        return f.owner().as().get("/api/v1/appointments/" + id).then().statusCode(200).extract().path("status");
    }

    private long ledger(ReminderFixture f) {
        return sql.count("select count(*) from automation_ledger where business_id = $1 and task_type = 'appointment_reply'",
                UUID.fromString(f.businessId()));
    }

    @Test
    void aConfirmReplyConfirmsTheNextAppointmentOnceAndSaysWhy() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String next = book(f, phone, 2);
        String later = book(f, phone, 9);
        String wamid = "wamid.IN" + UUID.randomUUID();

        deliver(inboundText(f.pnid(), wamid, phone.substring(1), "Confirm!")).statusCode(200);
        eventually(() -> "CONFIRMED".equals(status(f, next)), "the next appointment is confirmed");
        deliver(inboundText(f.pnid(), wamid, phone.substring(1), "Confirm!")).statusCode(200);

        f.owner().as().get("/api/v1/appointments/" + next).then()
                .body("changes", hasSize(2))
                .body("changes[1].cause", equalTo("REPLY"))
                .body("changes[1].fromStatus", equalTo("BOOKED"))
                .body("changes[1].detail", equalTo("Replied \"Confirm!\""))
                .body("pendingReminders", hasSize(2));
        assertThat(status(f, later)).isEqualTo("BOOKED");
        assertThat(ledger(f)).isEqualTo(1);
    }

    @Test
    void aHindiCancelReplyCancelsTheNextAppointmentAndItsReminders() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String next = book(f, phone, 2);

        deliver(inboundText(f.pnid(), "wamid.IN" + UUID.randomUUID(), phone.substring(1), "रद्द")).statusCode(200);
        eventually(() -> "CANCELLED".equals(status(f, next)), "the appointment is cancelled");

        f.owner().as().get("/api/v1/appointments/" + next).then()
                .body("pendingReminders", hasSize(0))
                .body("changes[1].cause", equalTo("REPLY"));
        assertThat(ledger(f)).isEqualTo(1);
    }

    @Test
    void anEnglishCancelReplyCancelsTheAppointmentWithoutOptingTheCustomerOut() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String next = book(f, phone, 2);

        deliver(inboundText(f.pnid(), "wamid.IN" + UUID.randomUUID(), phone.substring(1), "Cancel")).statusCode(200);
        eventually(() -> "CANCELLED".equals(status(f, next)), "the appointment is cancelled");

        assertThat(sql.count("select count(*) from contact_channel cc join contact c on c.id = cc.contact_id"
                + " where cc.tenant_id = $1 and c.phone_e164 = $2 and cc.opted_out_at is not null",
                f.owner().tenantId(), phone)).isZero();
    }

    @Test
    void otherMessagesAndOtherCustomersChangeNothing() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        String id = book(f, phone, 2);
        String stranger = ReminderFixture.uniquePhone();

        deliver(inboundText(f.pnid(), "wamid.IN" + UUID.randomUUID(), phone.substring(1), "yes but can we move it?"))
                .statusCode(200);
        deliver(inboundText(f.pnid(), "wamid.IN" + UUID.randomUUID(), stranger.substring(1), "yes")).statusCode(200);
        eventually(() -> sql.count("select count(*) from outbox where tenant_id = $1 and published_at is null",
                f.owner().tenantId()) == 0, "both messages are processed");

        assertThat(status(f, id)).isEqualTo("BOOKED");
        assertThat(ledger(f)).isZero();
    }
}
