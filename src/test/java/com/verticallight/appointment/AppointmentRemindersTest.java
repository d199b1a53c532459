package com.verticallight.appointment;

import static com.verticallight.appointment.ReminderFixture.runJobsAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AppointmentRemindersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static LocalDateTime inDays(ReminderFixture f, int days, int hour) {
        return LocalDate.now(f.zone()).plusDays(days).atTime(LocalTime.of(hour, 0));
    }

    private static String book(ReminderFixture f, String phone, LocalDateTime localStart) {
        return f.owner().as().body(Map.of("phone", phone, "name", "Asha Sen", "serviceName", "Haircut",
                        "localStart", localStart.toString(), "durationMinutes", 45, "staffName", "Ritu"))
                .post("/api/v1/businesses/" + f.businessId() + "/appointments")
                .then().statusCode(201).body("status", equalTo("BOOKED")).body("pendingReminders", hasSize(2))
                .extract().path("id");
    }

    private Instant at(ReminderFixture f, LocalDateTime local) {
        return local.atZone(f.zone()).toInstant();
    }

    /** The template body WhatsApp must receive, with the time as the customer reads it in the business's zone. */
    private static String reminderBody(ReminderFixture f, String phone, LocalDateTime localStart) {
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).format(localStart);
        return """
                {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"template",
                 "template":{"name":"appointment_reminder","language":{"code":"en"},
                  "components":[{"type":"body","parameters":[{"type":"text","text":"Asha Sen"},
                   {"type":"text","text":"Haircut"},{"type":"text","text":"%s"}]}]}}"""
                .formatted(phone.substring(1), when);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The reminders sent to the phone so far (deliveries; the gateway may repeat an HTTP call that timed out on a
     * busy machine), each received by WhatsApp with exactly this body.
     */
    private void assertReminders(ReminderFixture f, String phone, int reminders, String body) {
        assertThat(sql.count("select count(*) from delivery where recipient = $1 and status = 'SENT'", phone))
                .as("reminders sent").isEqualTo(reminders);
        assertThat(f.sent()).hasSizeGreaterThanOrEqualTo(reminders)
                .allSatisfy(request -> assertThat(json(request.getBodyAsString())).isEqualTo(json(body)));
    }

    private long ledger(ReminderFixture f, String taskType) {
        return sql.count("select count(*) from automation_ledger where business_id = $1 and task_type = $2",
                UUID.fromString(f.businessId()), taskType);
    }

    @Test
    void eachReminderGoesOutWhenItsTimeComesAndNotBefore() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        LocalDateTime start = inDays(f, 3, 15);
        book(f, phone, start);

        runJobsAt(clock, runner, at(f, start.minusHours(24).minusMinutes(1)));
        assertThat(f.sent()).isEmpty();

        runJobsAt(clock, runner, at(f, start.minusHours(24).plusMinutes(1)));
        assertReminders(f, phone, 1, reminderBody(f, phone, start));

        runJobsAt(clock, runner, at(f, start.minusHours(2).minusMinutes(1)));
        assertReminders(f, phone, 1, reminderBody(f, phone, start));

        runJobsAt(clock, runner, at(f, start.minusHours(2).plusMinutes(1)));
        assertReminders(f, phone, 2, reminderBody(f, phone, start));
        assertThat(ledger(f, "appointment_reminder")).isEqualTo(2);
    }

    @Test
    void aReminderThatAnOutageKeepsFromGoingOutIsRetriedUntilTheAppointmentThenHandedToTheOwner() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        com.verticallight.support.WireMockPlatforms.server().stubFor(
                com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(ReminderFixture.messagesPath(f.pnid())))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)
                                .withBody("{\"error\":{\"message\":\"Service unavailable\",\"code\":2}}")));
        String phone = ReminderFixture.uniquePhone();
        LocalDateTime start = inDays(f, 3, 15);
        book(f, phone, start);

        runJobsAt(clock, runner, at(f, start.minusHours(24).plusMinutes(1)));
        assertThat(sql.count("select count(*) from job where tenant_id = $1 and kind = 'appointment.reminder' "
                + "and status = 'PENDING'", f.owner().tenantId())).as("both reminders still to go").isEqualTo(2);
        assertThat(tasks(f)).isEmpty();

        runJobsAt(clock, runner, at(f, start.plusMinutes(1))); // the outage lasted past the appointment

        assertThat(sql.count("select count(*) from job where tenant_id = $1 and kind = 'appointment.reminder' "
                + "and status = 'DONE'", f.owner().tenantId())).isEqualTo(2);
        assertThat(sql.count("select count(*) from delivery where recipient = $1 and status = 'SENT'", phone)).isZero();
        List<Map<String, Object>> tasks = tasks(f);
        assertThat(tasks).hasSize(2).allSatisfy(task -> {
            assertThat(task.get("title")).asString().contains(phone);
            assertThat(task.get("reason")).asString().contains("Haircut").contains("no longer useful");
        });
    }

    /** The owner's tasks about messages not sent (other jobs open suggestions, e.g. festivals). */
    private static List<Map<String, Object>> tasks(ReminderFixture f) {
        return f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/manual-tasks").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(task -> "delivery-not-sent".equals(task.get("guidanceKey"))).toList();
    }

    @Test
    void aRescheduleMovesTheReminders() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        LocalDateTime first = inDays(f, 3, 15);
        LocalDateTime moved = inDays(f, 5, 11);
        String id = book(f, phone, first);

        f.owner().as().body(Map.of("localStart", moved.toString())).put("/api/v1/appointments/" + id + "/start")
                .then().statusCode(200).body("startsAt", equalTo(at(f, moved).toString()))
                .body("pendingReminders", hasSize(2))
                .body("pendingReminders[0]", equalTo(at(f, moved.minusHours(24)).toString()));

        runJobsAt(clock, runner, at(f, first.minusHours(2).plusMinutes(1)));
        assertThat(f.sent()).as("nothing at the old times").isEmpty();

        runJobsAt(clock, runner, at(f, moved.minusHours(24).plusMinutes(1)));
        assertReminders(f, phone, 1, reminderBody(f, phone, moved));
        runJobsAt(clock, runner, at(f, moved.minusHours(2).plusMinutes(1)));
        assertReminders(f, phone, 2, reminderBody(f, phone, moved));

        f.owner().as().get("/api/v1/appointments/" + id).then().statusCode(200)
                .body("changes", hasSize(2)).body("changes[1].cause", equalTo("API"))
                .body("changes[1].fromStartsAt", equalTo(at(f, first).toString()));
    }

    @Test
    void cancellingRemovesTheReminders() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        LocalDateTime start = inDays(f, 3, 15);
        String id = book(f, ReminderFixture.uniquePhone(), start);

        f.owner().as().post("/api/v1/appointments/" + id + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("pendingReminders", hasSize(0));
        f.owner().as().put("/api/v1/appointments/" + id + "/start").then().statusCode(400);
        f.owner().as().body(Map.of("localStart", inDays(f, 4, 15).toString())).put("/api/v1/appointments/" + id + "/start")
                .then().statusCode(409);

        runJobsAt(clock, runner, at(f, start.minusMinutes(1)));
        assertThat(f.sent()).isEmpty();
        assertThat(sql.count("select count(*) from job where correlation = $1 and status = 'CANCELLED'",
                "appointment:" + id)).isEqualTo(2);
    }

    @Test
    void repeatingAStatusChangeIsAnIdempotent200() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        for (String action : java.util.List.of("cancel", "complete", "no-show")) {
            String id = book(f, ReminderFixture.uniquePhone(), inDays(f, 3, 15));
            String status = action.equals("no-show") ? "NO_SHOW" : action.equals("cancel") ? "CANCELLED" : "COMPLETED";
            f.owner().as().post("/api/v1/appointments/" + id + "/" + action).then().statusCode(200)
                    .body("status", equalTo(status));
            f.owner().as().post("/api/v1/appointments/" + id + "/" + action).then().statusCode(200)
                    .body("status", equalTo(status)).body("changes", hasSize(2));
        }
    }

    @Test
    void closingACancelledAppointmentIsA409() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String id = book(f, ReminderFixture.uniquePhone(), inDays(f, 3, 15));
        f.owner().as().post("/api/v1/appointments/" + id + "/cancel").then().statusCode(200);
        for (String action : java.util.List.of("complete", "no-show")) {
            f.owner().as().post("/api/v1/appointments/" + id + "/" + action).then().statusCode(409)
                    .contentType(com.verticallight.platform.problem.Problem.MEDIA_TYPE);
        }
        f.owner().as().get("/api/v1/appointments/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void anOffsetAlreadyPastWhenBookedIsSkipped() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        Instant inFiveHours = clock.instant().plus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        f.owner().as().body(Map.of("phone", ReminderFixture.uniquePhone(), "serviceName", "Facial",
                        "startsAt", inFiveHours.toString()))
                .post("/api/v1/businesses/" + f.businessId() + "/appointments")
                .then().statusCode(201).body("pendingReminders", hasSize(1))
                .body("pendingReminders[0]", equalTo(inFiveHours.minus(Duration.ofHours(2)).toString()))
                .body("durationMinutes", equalTo(30));
    }

    @Test
    void anOptedOutContactGetsNothingAndTheJobEnds() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String phone = ReminderFixture.uniquePhone();
        LocalDateTime start = inDays(f, 3, 15);
        String id = book(f, phone, start);
        String contactId = f.owner().as().get("/api/v1/appointments/" + id).then().extract().path("contactId");
        f.owner().as().body(Map.of("reason", "Asked by phone"))
                .post("/api/v1/contacts/" + contactId + "/channels/WHATSAPP/opt-out").then().statusCode(200);

        runJobsAt(clock, runner, at(f, start.minusHours(24).plusMinutes(1)));

        assertThat(f.sent()).isEmpty();
        assertThat(sql.count("select count(*) from delivery where recipient = $1 and status = 'REFUSED' "
                + "and error_kind = 'CONTACT_OPTED_OUT'", phone)).isEqualTo(1);
        assertThat(sql.count("select count(*) from job where correlation = $1 and status = 'DONE'",
                "appointment:" + id)).as("the refused reminder's job ended").isEqualTo(1);
        assertThat(ledger(f, "appointment_reminder")).isZero();
    }

    @Test
    void badInputIsA400NamingTheField() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        String path = "/api/v1/businesses/" + f.businessId() + "/appointments";
        f.owner().as().body(Map.of("phone", ReminderFixture.uniquePhone(), "serviceName", "Haircut",
                "startsAt", "2020-01-01T10:00:00Z")).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("startsAt"));
        f.owner().as().body(Map.of("serviceName", "Haircut", "localStart", inDays(f, 2, 10).toString()))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("contactId"));
        f.owner().as().get(path + "?status=LATE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        f.owner().as().body(Map.of("appointmentOffsetsMinutes", java.util.List.of(0), "paymentDaysBefore", 3,
                "paymentEveryDays", 3, "paymentMaxReminders", 5, "paymentSendTime", "10:00"))
                .put("/api/v1/businesses/" + f.businessId() + "/reminder-settings").then().statusCode(400)
                .body("errors[0].field", equalTo("appointmentOffsetsMinutes"));
    }

    @Test
    void theBusinessChoosesWhenRemindersGoOut() {
        ReminderFixture f = ReminderFixture.withWhatsApp();
        f.owner().as().get("/api/v1/businesses/" + f.businessId() + "/reminder-settings").then().statusCode(200)
                .body("appointmentOffsetsMinutes", equalTo(java.util.List.of(1440, 120)));
        f.owner().as().body(Map.of("appointmentOffsetsMinutes", java.util.List.of(60), "paymentDaysBefore", 1,
                "paymentEveryDays", 2, "paymentMaxReminders", 3, "paymentSendTime", "11:30"))
                .put("/api/v1/businesses/" + f.businessId() + "/reminder-settings").then().statusCode(200);
        LocalDateTime start = inDays(f, 2, 16);
        f.owner().as().body(Map.of("phone", ReminderFixture.uniquePhone(), "serviceName", "Haircut",
                        "localStart", start.toString()))
                .post("/api/v1/businesses/" + f.businessId() + "/appointments")
                .then().statusCode(201).body("pendingReminders", hasSize(1))
                .body("pendingReminders[0]", equalTo(at(f, start.minusHours(1)).toString()));
    }
}
