package com.verticallight.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Input the API documents as refused is refused with a 400 (or 414) problem naming the field, never a 500. */
@QuarkusTest
class StrictInputTest {

    private Account owner;
    private String businessId;

    @BeforeEach
    void tenant() {
        owner = Accounts.signup("PREMIUM");
        businessId = Accounts.createBusiness(owner, "Strict Salon");
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors[0].field", equalTo(field));
    }

    private ValidatableResponse post(String path, String json) {
        return owner.as().body(json).post(path).then();
    }

    @Test
    void aNulInAnyTextIsA400NamingTheField() {
        refused(given().contentType(ContentType.JSON).body("{\"email\":\"a\\u0000@example.in\",\"password\":\"x\"}")
                .post("/api/v1/auth/login").then(), "email")
                .body("errors[0].message", containsString("control characters"));
        refused(given().contentType(ContentType.JSON).body("""
                {"accountName":"Acme\\u0000","ownerName":"O","email":"n@example.in","password":"correct horse battery"}""")
                .post("/api/v1/auth/signup").then(), "accountName");
        refused(post("/api/v1/businesses/" + businessId + "/leads",
                "{\"phone\":\"+919812345678\",\"message\":\"Hi\\u0000there\"}"), "message");
        refused(post("/api/v1/businesses/" + businessId + "/sales",
                "{\"phone\":\"+919830012345\",\"name\":\"A\\u0001B\",\"amountMinor\":100,\"currency\":\"INR\"}"), "name");
        refused(post("/api/v1/businesses/" + businessId + "/connections", """
                {"kind":"SLACK","platformIds":{},"credentials":{"webhookUrl":"https://hooks.slack.com/x\\u0000"}}"""),
                "credentials.webhookUrl");
        post("/api/v1/businesses/" + businessId + "/leads",
                "{\"phone\":\"+919812345678\",\"message\":\"Line one\\nline two\\ttabbed\"}").statusCode(201);
    }

    @Test
    void aNulInACsvBodyIsA400NamingTheBody() {
        refused(owner.as().contentType("text/csv; charset=UTF-8").body("name,latitude,longitude\nA\u0000B,22.55,88.35\n")
                .post("/api/v1/businesses/" + businessId + "/competitors/import-csv").then(), "body");
        refused(owner.as().contentType("text/csv; charset=UTF-8")
                .body("externalId,phone,name,amountMinor,currency\ncsv-1,+919830012345,A\u0000B,100,INR\n")
                .post("/api/v1/businesses/" + businessId + "/sales/import").then(), "body");
    }

    @Test
    void aNulInAQueryOrPathParameterIsA400NamingIt() {
        refused(owner.as().urlEncodingEnabled(false).get("/api/v1/jobs?correlation=%00").then(), "correlation");
        refused(owner.as().urlEncodingEnabled(false).get("/api/v1/jobs?correlation=lead%00x").then(), "correlation");
        refused(owner.as().urlEncodingEnabled(false).get("/api/v1/contacts/abc%00def").then(), "contactId");
        owner.as().get("/api/v1/jobs?correlation=lead:x").then().statusCode(200);
    }

    @Test
    void numbersAreNotTruncatedNorReadAsBooleansTextsOrDates() {
        String payments = "/api/v1/businesses/" + businessId + "/payment-requests";
        String payment = """
                {"phone":"+919830099999","amountMinor":%s,"currency":"INR","dueDate":%s,
                 "paymentLink":"https://pay.example/x","description":%s}""";
        refused(post(payments, payment.formatted("1.5", "\"2031-01-01\"", "\"Balance\"")), "amountMinor")
                .body("errors[0].message", equalTo("must be a whole number"));
        refused(post(payments, payment.formatted("\"100\"", "\"2031-01-01\"", "\"Balance\"")), "amountMinor");
        refused(post(payments, payment.formatted("100", "-1", "\"Balance\"")), "dueDate")
                .body("errors[0].message", containsString("ISO-8601 date"));
        refused(post(payments, payment.formatted("100", "[2031,1,1]", "\"Balance\"")), "dueDate");
        refused(post(payments, payment.formatted("100", "\"2031-01-01\"", "42")), "description")
                .body("errors[0].message", equalTo("must be a string"));
        post(payments, payment.formatted("100", "\"2031-01-01\"", "\"Balance\"")).statusCode(201);

        refused(post("/api/v1/businesses/" + businessId + "/appointments", """
                {"phone":"+919830099998","serviceName":"Haircut","localStart":"2031-01-01T10:00:00",
                 "durationMinutes":1.9}"""), "durationMinutes");
        refused(post("/api/v1/scheduled-actions", """
                {"runAt":1e300,"connectionId":"%s","action":{"type":"TEMPLATE","to":"+919830012345",
                 "templateName":"hello","language":"en"}}""".formatted(UUID.randomUUID())), "runAt");
        refused(post("/api/v1/actions", """
                {"actions":[{"connectionId":"%s","urgent":5,"action":{"type":"TEXT","to":"+919830012345","text":"x"}}]}"""
                .formatted(UUID.randomUUID())), "actions[0].urgent")
                .body("errors[0].message", equalTo("must be true or false"));
        refused(post("/api/v1/actions", """
                {"actions":[{"connectionId":"%s","urgent":-1,"action":{"type":"TEXT","to":"+919830012345","text":"x"}}]}"""
                .formatted(UUID.randomUUID())), "actions[0].urgent");
        refused(post("/api/v1/actions", """
                {"actions":[{"connectionId":"%s","action":{"type":0,"to":"+919830012345","text":"x"}}]}"""
                .formatted(UUID.randomUUID())), "actions[0].action.type");
    }

    @Test
    void everyTextHasAnUpperBound() {
        String huge = "x".repeat(100_000);
        refused(post("/api/v1/scheduled-actions", """
                {"runAt":"2031-01-01T09:00:00Z","connectionId":"%s","action":{"type":"TEMPLATE","to":"+919830012345",
                 "templateName":"%s","language":"en"}}""".formatted(UUID.randomUUID(), huge)), "action.templateName");
        refused(post("/api/v1/scheduled-actions", """
                {"runAt":"2031-01-01T09:00:00Z","connectionId":"%s","action":{"type":"TEMPLATE","to":"%s",
                 "templateName":"hello","language":"en"}}""".formatted(UUID.randomUUID(), huge)), "action.to");
        refused(post("/api/v1/scheduled-actions", """
                {"runAt":"2031-01-01T09:00:00Z","connectionId":"%s","action":{"type":"TEMPLATE","to":"+919830012345",
                 "templateName":"hello","language":"%s"}}""".formatted(UUID.randomUUID(), huge)), "action.language");
    }

    /**
     * A client library refuses to send "%zz", so this one is written on the socket. The HTTP server refuses such a
     * request line itself, before any route runs, with a bare 400 (no body): never a 500.
     */
    @Test
    void aMalformedPercentEscapeInTheUriIsA400() throws Exception {
        for (String target : java.util.List.of("/api/v1/jobs?correlation=%zz", "/api/v1/contacts/%zz")) {
            org.assertj.core.api.Assertions.assertThat(rawGet(target)).as(target).startsWith("HTTP/1.1 400");
        }
        // a truncated UTF-8 sequence is decoded with a replacement character: an ordinary (empty) answer
        org.assertj.core.api.Assertions.assertThat(rawGet("/api/v1/jobs?correlation=%E0%A4")).startsWith("HTTP/1.1 200");
    }

    private String rawGet(String target) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + owner.accessToken() + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTooLongUriIsA414Problem() {
        owner.as().get("/api/v1/jobs?correlation=" + "x".repeat(5_000)).then().statusCode(414)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(414)).body("title", equalTo("URI Too Long"));
        given().get("/api/v1/" + "y".repeat(5_000)).then().statusCode(414).contentType(Problem.MEDIA_TYPE);
    }
}
