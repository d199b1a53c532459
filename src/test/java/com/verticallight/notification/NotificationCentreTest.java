package com.verticallight.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.verticallight.job.JobRunner;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import com.verticallight.support.Sql;
import com.verticallight.support.TestClock;
import com.verticallight.support.WireMockPlatforms;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationCentreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Sql sql;

    @Inject
    TestClock clock;

    @Inject
    JobRunner runner;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLeadFromThePublicFormReachesTheOwnersSocketAndNotAnotherTenants() throws Exception {
        Account owner = Accounts.signup("BASIC");
        Account other = Accounts.signup("BASIC");
        String formKey = formKey(owner);
        try (SocketClient ours = SocketClient.open(owner.accessToken(), null);
                SocketClient theirs = SocketClient.open(other.accessToken(), null)) {
            submitLead(formKey, "Riya Das", "098300 11223");

            JsonNode lead = ours.await(m -> m.path("notification").path("category").asText().equals("LEAD"))
                    .path("notification");
            assertThat(lead.path("title").asText()).isEqualTo("New lead: Riya Das");
            assertThat(lead.path("link").asText()).startsWith("/leads/");
            ours.await(m -> m.path("type").asText().equals("changed") && m.path("topic").asText().equals("lead.created"));
            assertThat(theirs.messages).noneMatch(m -> !m.path("type").asText().equals("hello"));

            // a second lead within the window is merged into the same unread notification
            submitLead(formKey, "Amit Sen", "098300 11224");
            ours.await(m -> m.path("notification").path("count").asInt() == 2);
            owner.as().get("/api/v1/notifications").then().statusCode(200)
                    .body("items.findAll { it.category == 'LEAD' }.size()", equalTo(1))
                    .body("items.find { it.category == 'LEAD' }.title", equalTo("2 new leads"));
            assertThat(theirs.notifications()).isEmpty();
        }
        other.as().get("/api/v1/notifications").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aClientThatReconnectsGetsWhatItMissed() throws Exception {
        Account owner = Accounts.signup("BASIC");
        long seen;
        try (SocketClient socket = SocketClient.open(owner.accessToken(), null)) {
            String first = testNotification(owner, "LOW");
            seen = socket.await(m -> m.path("notification").path("id").asText().equals(first))
                    .path("notification").path("sequence").asLong();
        }
        String second = testNotification(owner, "LOW");
        String third = testNotification(owner, "NORMAL");

        try (SocketClient again = SocketClient.open(owner.accessToken(), seen)) {
            assertThat(again.notifications()).extracting(n -> n.path("id").asText()).containsExactly(second, third);
            assertThat(again.messages.get(again.messages.size() - 1).path("unread").asLong()).isEqualTo(3);
        }
        owner.as().get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(3));
        owner.as().post("/api/v1/notifications/" + second + "/read").then().statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        owner.as().post("/api/v1/notifications/read-all").then().statusCode(200).body("marked", equalTo(2));
        owner.as().get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(0));
    }

    @Test
    void aSocketWithoutAValidTokenIsRefused() throws Exception {
        Account owner = Accounts.signup("BASIC");
        for (String query : List.of("", "?token=not-a-token", "?token=" + owner.accessToken() + "x")) {
            assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(SocketClient.uri(query), new java.net.http.WebSocket.Listener() {
                    }).get(30, TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(handshakeStatus(e)).isEqualTo(401));
        }
        // a token revoked by logging out no longer opens a socket
        given().contentType("application/json").auth().oauth2(owner.accessToken())
                .body(Map.of("refreshToken", owner.refreshToken())).post("/api/v1/auth/logout")
                .then().statusCode(org.hamcrest.Matchers.lessThan(300));
        assertThatThrownBy(() -> SocketClient.open(owner.accessToken(), null))
                .satisfies(e -> assertThat(handshakeStatus(e)).isEqualTo(401));
    }

    @Test
    void aSocketTakesItsTokenAsASubprotocolAndIsClosedWhenTheTokenExpires() throws Exception {
        Account owner = Accounts.signup("BASIC");
        try (SocketClient client = SocketClient.openWithSubprotocol(owner.accessToken())) {
            assertThat(client.subprotocol()).isEqualTo("vlos.bearer");
        }
        String shortLived = io.smallrye.jwt.build.Jwt.issuer(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("mp.jwt.verify.issuer", String.class))
                .audience("vlos-api").subject(owner.userId().toString())
                .claim(com.verticallight.platform.tenancy.CurrentTenant.TENANT_CLAIM, owner.tenantId().toString())
                .expiresAt(java.time.Instant.now().plusSeconds(2)).sign();
        try (SocketClient client = SocketClient.openWithSubprotocol(shortLived)) {
            assertThat(client.awaitClose()).as("closed with 4001 when its token expires").isEqualTo(4001);
        }
    }

    @Test
    void aSignInFromANewBrowserAPlanLimitAndANewInsightReachTheOwnerOnce() {
        Account owner = Accounts.signup("BASIC");
        String laptop = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
        String phone = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
        signIn(owner, laptop);
        signIn(owner, laptop.replace("120.0.0.0", "121.0.6167.85")); // the same browser, updated: no news
        signIn(owner, phone);
        signIn(owner, phone);
        String security = "select count(*) from notification where tenant_id = $1 and category = 'SECURITY'";
        waitUntil(() -> sql.count(security, owner.tenantId()) == 1);
        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.category == 'SECURITY' }.title",
                        equalTo("New sign-in to your account from Chrome on Android"))
                .body("items.find { it.category == 'SECURITY' }.priority", equalTo("HIGH"));

        // BASIC allows one location: two refusals, one notice
        Accounts.createBusiness(owner, "First outlet");
        for (int i = 0; i < 2; i++) {
            owner.as().body(Accounts.business("Outlet " + i)).post("/api/v1/businesses").then().statusCode(403);
        }
        String billing = "select count(*) from notification where tenant_id = $1 and category = 'BILLING'";
        waitUntil(() -> sql.count(billing, owner.tenantId()) == 1);
        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.category == 'BILLING' }.title", equalTo("Plan limit reached: locations"));

        // the workflow runs of the day used up (BASIC: 1,000): two refused runs, one more notice
        String workflowId = owner.as().body(Map.of("name", "By hand", "trigger", Map.of("type", "manual"), "steps",
                List.of(Map.of("id", "echo", "type", "script", "settings", Map.of("expression", "{'x': 1}")))))
                .post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + workflowId + "/publish").then().statusCode(200);
        java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.UTC);
        sql.query("insert into workflow_daily_usage (tenant_id, day, executions) values ($1, $2, 1000), ($1, $3, 1000)",
                owner.tenantId(), today, today.plusDays(1)); // and tomorrow's, should the UTC day turn meanwhile
        for (int i = 0; i < 2; i++) {
            owner.as().body(Map.of()).post("/api/v1/workflows/" + workflowId + "/run").then().statusCode(429)
                    .body("limit", equalTo("workflow_executions_per_day"));
        }
        waitUntil(() -> sql.count(billing, owner.tenantId()) == 2);
        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.findAll { it.category == 'BILLING' }.title", hasItem("Plan limit reached: workflow runs a day"))
                .body("items.find { it.title == 'Plan limit reached: workflow runs a day' }.body",
                        org.hamcrest.Matchers.startsWith("Your plan allows 1,000 a day"));
        assertThat(sql.count(security, owner.tenantId())).isEqualTo(1);
        assertThat(sql.count(billing, owner.tenantId())).isEqualTo(2);
    }

    private static void signIn(Account account, String userAgent) {
        given().contentType("application/json").header("User-Agent", userAgent)
                .body(Map.of("email", account.email(), "password", Accounts.PASSWORD)).post("/api/v1/auth/login")
                .then().statusCode(200);
    }

    @Test
    void preferencesArePerPerson() {
        Account owner = Accounts.signup("BASIC");
        Account staff = Accounts.invite(owner, "STAFF");
        String formKey = formKey(owner);
        Map<String, Object> ownerPrefs = preferences(owner);
        ownerPrefs.put("categories", withChoice(ownerPrefs, "LEAD", false, List.of(), false));
        owner.as().body(ownerPrefs).put("/api/v1/notifications/preferences").then().statusCode(200);

        owner.as().get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("categories.find { it.category == 'LEAD' }.enabled", equalTo(false));
        staff.as().get("/api/v1/notifications/preferences").then().statusCode(200)
                .body("categories.find { it.category == 'LEAD' }.enabled", equalTo(true))
                .body("categories.find { it.category == 'BILLING' }.enabled", equalTo(false));

        submitLead(formKey, "Riya Das", "098300 11225");
        waitUntil(() -> sql.count("select count(*) from notification where tenant_id = $1 and user_id = $2",
                owner.tenantId(), staff.userId()) == 1);
        staff.as().get("/api/v1/notifications").then().statusCode(200).body("items.category", hasItem("LEAD"));
        owner.as().get("/api/v1/notifications").then().statusCode(200).body("items.size()", equalTo(0));

        // bad preferences name the field
        Map<String, Object> bad = preferences(owner);
        bad.put("digestTime", "25:00");
        owner.as().body(bad).put("/api/v1/notifications/preferences").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("digestTime")));
    }

    @Test
    void quietHoursHoldANormalNotificationAndPassAnUrgentOne() {
        Account owner = Accounts.signup("BASIC");
        String path = "/push/quiet-" + UUID.randomUUID();
        WireMockPlatforms.server().stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));
        subscribe(owner, path, keyPair(), new byte[16]);
        LocalTime now = LocalTime.now(ZoneOffset.UTC);
        Map<String, Object> prefs = preferences(owner);
        prefs.put("categories", withChoice(prefs, "SYSTEM", true, List.of("PUSH"), false));
        prefs.put("timeZone", "UTC");
        prefs.put("quietHours", Map.of("enabled", true, "start", now.minusHours(1).format(HH_MM),
                "end", now.plusHours(1).format(HH_MM)));
        owner.as().body(prefs).put("/api/v1/notifications/preferences").then().statusCode(200);

        String normal = testNotification(owner, "NORMAL");
        owner.as().get("/api/v1/notifications/" + normal).then().statusCode(200)
                .body("deliveries[0].channel", equalTo("PUSH")).body("deliveries[0].status", equalTo("HELD"));
        String urgent = testNotification(owner, "URGENT");
        owner.as().get("/api/v1/notifications/" + urgent).then().statusCode(200)
                .body("deliveries[0].status", equalTo("SENT"));
        assertThat(pushes(path)).hasSize(1);

        clock.advance(Duration.ofMinutes(61));
        runner.runDue("notify-test").await().atMost(Duration.ofSeconds(60));
        owner.as().get("/api/v1/notifications/" + normal).then().statusCode(200)
                .body("deliveries[0].status", equalTo("SENT"));
        assertThat(pushes(path)).hasSize(2);
    }

    @Test
    void aWebPushCarriesAValidVapidJwtAndAnRfc8291EncryptedPayload() throws Exception {
        Account owner = Accounts.signup("BASIC");
        String path = "/push/vapid-" + UUID.randomUUID();
        String gone = "/push/gone-" + UUID.randomUUID();
        WireMockPlatforms.server().stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(201)));
        WireMockPlatforms.server().stubFor(post(urlPathEqualTo(gone)).willReturn(aResponse().withStatus(410)));
        KeyPair browser = keyPair();
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        subscribe(owner, path, browser, auth);
        subscribe(owner, gone, keyPair(), auth);
        Map<String, Object> prefs = preferences(owner);
        prefs.put("categories", withChoice(prefs, "SYSTEM", true, List.of("PUSH"), false));
        owner.as().body(prefs).put("/api/v1/notifications/preferences").then().statusCode(200);

        String id = testNotification(owner, "URGENT");

        LoggedRequest push = pushes(path).get(0);
        assertThat(push.getHeader("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(push.getHeader("TTL")).isEqualTo("86400");
        Matcher t = Pattern.compile("t=([^,\\s]+)").matcher(push.getHeader("Authorization"));
        Matcher k = Pattern.compile("k=([^,\\s]+)").matcher(push.getHeader("Authorization"));
        assertThat(push.getHeader("Authorization")).startsWith("vapid ");
        assertThat(t.find() && k.find()).isTrue();
        String serverKey = owner.as().get("/api/v1/notifications/push/key").then().statusCode(200)
                .extract().path("publicKey");
        assertThat(k.group(1)).isEqualTo(serverKey);
        JsonNode claims = PushCrypto.verifiedVapidClaims(t.group(1), Base64.getUrlDecoder().decode(k.group(1)));
        assertThat(claims.path("aud").asText()).isEqualTo(WireMockPlatforms.server().baseUrl());
        assertThat(claims.path("sub").asText()).isEqualTo("mailto:notifications@vertical-light.local");
        long exp = claims.path("exp").asLong();
        assertThat(exp).isGreaterThan(Instant.now().getEpochSecond()).isLessThanOrEqualTo(
                Instant.now().plus(Duration.ofHours(24)).getEpochSecond());

        byte[] plain = PushCrypto.decrypt(push.getBody(), browser, auth);
        JsonNode message = JSON.readTree(new String(plain, StandardCharsets.UTF_8));
        assertThat(message.path("id").asText()).isEqualTo(id);
        assertThat(message.path("title").asText()).isEqualTo("Test notification");

        // the push service said 410 Gone for the other browser: its subscription is removed
        waitUntil(() -> sql.count("select count(*) from push_subscription where tenant_id = $1", owner.tenantId()) == 1);
    }

    @Test
    void aDigestCollectsADaysItemsIntoOneEmail() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> prefs = preferences(owner);
        prefs.put("categories", withChoice(prefs, "SYSTEM", true, List.of("EMAIL"), true));
        prefs.put("timeZone", "UTC");
        prefs.put("digestTime", LocalTime.now(ZoneOffset.UTC).plusHours(2).format(HH_MM));
        prefs.put("quietHours", null);
        owner.as().body(prefs).put("/api/v1/notifications/preferences").then().statusCode(200);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(testNotification(owner, "LOW"));
        }
        owner.as().get("/api/v1/notifications/" + ids.get(0)).then().statusCode(200)
                .body("deliveries[0].status", equalTo("DIGEST"));
        assertThat(mailbox.getMailsSentTo(owner.email())).isEmpty();

        clock.advance(Duration.ofHours(3));
        runner.runDue("notify-test").await().atMost(Duration.ofSeconds(60));
        runner.runDue("notify-test").await().atMost(Duration.ofSeconds(60));

        List<Mail> mails = mailbox.getMailsSentTo(owner.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your daily digest: 3 notifications");
        assertThat(mails.get(0).getText().split("Test notification", -1)).hasSize(4);
        for (String id : ids) {
            owner.as().get("/api/v1/notifications/" + id).then().statusCode(200)
                    .body("deliveries[0].status", equalTo("SENT"));
        }
    }

    @Test
    void aTaskAnApiKeyAndAFinishedPlanReachThePeopleWhoHearOfThem() throws Exception {
        Account owner = Accounts.signup("BASIC");
        Account staff = Accounts.invite(owner, "STAFF");
        String businessId = Accounts.createBusiness(owner, "Tasks");
        try (SocketClient socket = SocketClient.open(staff.accessToken(), null)) {
            String taskId = owner.as().body(Map.of("guidanceKey", "answer-negative-review", "title", "Answer Meera's review",
                    "priority", "HIGH")).post("/api/v1/businesses/" + businessId + "/manual-tasks")
                    .then().statusCode(201).extract().path("id");
            JsonNode task = socket.await(m -> m.path("notification").path("category").asText().equals("TASK"))
                    .path("notification");
            assertThat(task.path("title").asText()).isEqualTo("A task needs you: Answer Meera's review");
            assertThat(task.path("priority").asText()).isEqualTo("HIGH");
            assertThat(task.path("link").asText()).isEqualTo("/tasks/" + taskId);
            socket.await(m -> m.path("type").asText().equals("changed") && m.path("topic").asText().equals("task.created"));
        }

        owner.as().body(Map.of("name", "website", "permissions", List.of("business:read"))).post("/api/v1/api-keys")
                .then().statusCode(201);
        waitUntil(() -> sql.count("select count(*) from notification where tenant_id = $1 and category = 'SECURITY'",
                owner.tenantId()) == 1);
        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.category == 'SECURITY' }.title", equalTo("API key created: website"))
                .body("items.find { it.category == 'SECURITY' }.priority", equalTo("HIGH"));
        // staff do not hear of security by default; the owner's task notification was also made, once
        staff.as().get("/api/v1/notifications").then().statusCode(200).body("items.category", hasItem("TASK"))
                .body("items.findAll { it.category == 'SECURITY' }.size()", equalTo(0));
        assertThat(sql.count("select count(*) from notification where tenant_id = $1 and category = 'TASK'",
                owner.tenantId())).isEqualTo(2);

        // a day's plan that finished tells the owner, and the open page hears that the plan changed
        try (SocketClient socket = SocketClient.open(owner.accessToken(), null)) {
            owner.as().post("/api/v1/businesses/" + businessId + "/daily-plan/run").then().statusCode(202);
            runner.runDue("notify-test").await().atMost(Duration.ofSeconds(60));
            JsonNode plan = socket.await(m -> m.path("notification").path("category").asText().equals("PLAN"))
                    .path("notification");
            assertThat(plan.path("title").asText()).matches("Plan for [A-Z][a-z]{2} \\d{1,2}, \\d{4}: \\d+ done, \\d+ failed");
            socket.await(m -> m.path("type").asText().equals("changed") && m.path("topic").asText().equals("plan.finished"));
        }
    }

    @Test
    void aWorkflowNotificationStepCanTargetTheNotificationCentre() {
        Account owner = Accounts.signup("BASIC");
        Map<String, Object> bad = Map.of("name", "Loud", "trigger", Map.of("type", "manual"), "steps", List.of(Map.of(
                "id", "tell", "type", "notification", "settings", Map.of("channel", "inApp", "text", "Hi",
                        "priority", "LOUD"))));
        owner.as().body(bad).post("/api/v1/workflows").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("priority")));

        String workflowId = owner.as().body(Map.of("name", "Big order alert", "trigger", Map.of("type", "manual"),
                "steps", List.of(Map.of("id", "tell", "type", "notification", "settings", Map.of("channel", "inApp",
                        "title", "Big order from {{trigger.name}}", "text", "Call them back today", "priority", "HIGH")))))
                .post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + workflowId + "/publish").then().statusCode(200);
        owner.as().body(Map.of("name", "Ravi")).post("/api/v1/workflows/" + workflowId + "/run?wait=true")
                .then().statusCode(200).body("status", equalTo("SUCCEEDED"));

        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.category == 'WORKFLOW' }.title", equalTo("Big order from Ravi"))
                .body("items.find { it.category == 'WORKFLOW' }.body", equalTo("Call them back today"))
                .body("items.find { it.category == 'WORKFLOW' }.priority", equalTo("HIGH"));

        // an execution that fails tells the owner where it stopped (merged per workflow)
        String failing = owner.as().body(Map.of("name", "Stock sync", "trigger", Map.of("type", "manual"), "steps",
                List.of(Map.of("id", "count", "type", "script", "settings", Map.of("expression",
                        "{'n': int(trigger.name)}"))))).post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        owner.as().post("/api/v1/workflows/" + failing + "/publish").then().statusCode(200);
        owner.as().body(Map.of("name", "Test")).post("/api/v1/workflows/" + failing + "/run?wait=true&sandbox=true")
                .then().statusCode(200).body("status", equalTo("FAILED")); // a test run's failure is no news
        String execution = owner.as().body(Map.of("name", "Ravi")).post("/api/v1/workflows/" + failing + "/run?wait=true")
                .then().statusCode(200).body("status", equalTo("FAILED")).extract().path("id");
        assertThat(sql.count("select count(*) from outbox where tenant_id = $1 and topic = 'workflow.failed'",
                owner.tenantId())).isOne();
        waitUntil(() -> sql.count("select count(*) from notification where tenant_id = $1 and category = 'WORKFLOW'",
                owner.tenantId()) == 2);
        owner.as().get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.title == 'Workflow failed: Stock sync' }.priority", equalTo("HIGH"))
                .body("items.find { it.title == 'Workflow failed: Stock sync' }.body",
                        org.hamcrest.Matchers.startsWith("It stopped at step count."))
                .body("items.find { it.title == 'Workflow failed: Stock sync' }.link",
                        equalTo("/workflows/executions/" + execution));
    }

    @Test
    void theRetentionJobDeletesOldReadNotificationsOnly() {
        Account owner = Accounts.signup("BASIC");
        String old = testNotification(owner, "LOW");
        String unread = testNotification(owner, "LOW");
        String recent = testNotification(owner, "LOW");
        owner.as().post("/api/v1/notifications/" + old + "/read").then().statusCode(200);
        owner.as().post("/api/v1/notifications/" + recent + "/read").then().statusCode(200);
        sql.query("update notification set read_at = now() - interval '31 days' where tenant_id = $1 and id = $2",
                owner.tenantId(), UUID.fromString(old));
        // tomorrow's retention run, brought forward
        sql.query("update job set run_at = now() where tenant_id = $1 and kind = 'notification.retention'", owner.tenantId());

        runner.runDue("notify-test").await().atMost(Duration.ofSeconds(60));

        waitUntil(() -> sql.count("select count(*) from job where tenant_id = $1 and kind = 'notification.retention'"
                + " and status = 'DONE'", owner.tenantId()) == 1);
        owner.as().get("/api/v1/notifications/" + old).then().statusCode(404);
        owner.as().get("/api/v1/notifications/" + unread).then().statusCode(200);
        owner.as().get("/api/v1/notifications/" + recent).then().statusCode(200);
    }

    @Test
    void aNotificationAnnouncedByAnotherInstanceReachesThisInstancesSocket() throws Exception {
        Account owner = Accounts.signup("BASIC");
        try (SocketClient socket = SocketClient.open(owner.accessToken(), null)) {
            // what another instance does: store the notification and pg_notify it on its own database session
            UUID id = UUID.randomUUID();
            long seq = sql.query("""
                    insert into notification (id, tenant_id, user_id, category, priority, title, created_at, updated_at)
                    values ($1, $2, $3, 'SYSTEM', 'NORMAL', 'From instance B', now(), now()) returning seq""",
                    id, owner.tenantId(), owner.userId()).get(0).getLong(0);
            sql.query("select pg_notify('vlos_notifications', $1)", "n|" + owner.tenantId() + "|" + owner.userId() + "|" + seq);

            JsonNode n = socket.await(m -> m.path("notification").path("id").asText().equals(id.toString()))
                    .path("notification");
            assertThat(n.path("title").asText()).isEqualTo("From instance B");
        }
    }

    @Test
    void slackAndASignedWebhookGoThroughTheGatewayAndEachDeliveryIsRecorded() throws Exception {
        Account owner = Accounts.signup("BASIC");
        String businessId = Accounts.createBusiness(owner, "Hooks");
        String slack = "/services/T0/B0/ntf" + UUID.randomUUID().toString().replace("-", "");
        String hook = "/hooks/ntf-" + UUID.randomUUID();
        WireMockServer server = WireMockPlatforms.server();
        server.stubFor(post(urlPathEqualTo(slack)).willReturn(aResponse().withStatus(200).withBody("ok")));
        server.stubFor(post(urlPathEqualTo(hook)).willReturn(aResponse().withStatus(204)));
        connect(owner, businessId, "SLACK", Map.of(), Map.of("webhookUrl", server.baseUrl() + slack));
        connect(owner, businessId, "WEBHOOK", Map.of("url", server.baseUrl() + hook), Map.of("secret", "ntf-secret"));
        connect(owner, businessId, "EMAIL_SENDGRID", Map.of("fromEmail", "hello@hooks.example"),
                Map.of("apiKey", "SG.ntf-key"));
        String accountSid = "AC" + UUID.randomUUID().toString().replace("-", "");
        connect(owner, businessId, "SMS_TWILIO", Map.of("from", "+15005550006"),
                Map.of("accountSid", accountSid, "authToken", "ntf-token"));
        String twilio = "/2010-04-01/Accounts/" + accountSid + "/Messages.json";
        server.stubFor(post(urlPathEqualTo(twilio)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\":\"SMntf1\",\"status\":\"queued\"}")));
        server.stubFor(post(urlPathEqualTo("/v3/mail/send"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(owner.email()))
                .willReturn(aResponse().withStatus(202)));
        Map<String, Object> prefs = preferences(owner);
        prefs.put("categories", withChoice(prefs, "SYSTEM", true, List.of("SLACK", "WEBHOOK", "SMS", "WHATSAPP", "EMAIL"),
                false));
        prefs.put("phone", "+919812345678");
        owner.as().body(prefs).put("/api/v1/notifications/preferences").then().statusCode(200);

        String id = testNotification(owner, "URGENT");

        owner.as().get("/api/v1/notifications/" + id).then().statusCode(200)
                .body("deliveries.find { it.channel == 'SLACK' }.status", equalTo("SENT"))
                .body("deliveries.find { it.channel == 'WEBHOOK' }.status", equalTo("SENT"))
                .body("deliveries.find { it.channel == 'SMS' }.status", equalTo("SENT"))
                .body("deliveries.find { it.channel == 'WHATSAPP' }.status", equalTo("SKIPPED"))
                .body("deliveries.find { it.channel == 'WHATSAPP' }.detail", org.hamcrest.Matchers.containsString("connection"))
                .body("deliveries.find { it.channel == 'EMAIL' }.status", equalTo("SENT"));
        // the SMS went to the person's own number through the tenant's Twilio connection
        List<LoggedRequest> texts = server.findAll(postRequestedFor(urlPathEqualTo(twilio)));
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).getBodyAsString()).contains("To=%2B919812345678").contains("Test+notification");
        // the email went through the tenant's SendGrid connection, to the person's sign-in address
        List<LoggedRequest> mails = server.findAll(postRequestedFor(urlPathEqualTo("/v3/mail/send"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(owner.email())));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getHeader("Authorization")).isEqualTo("Bearer SG.ntf-key");
        assertThat(JSON.readTree(mails.get(0).getBodyAsString()).path("from").path("email").asText())
                .isEqualTo("hello@hooks.example");
        List<LoggedRequest> slackPosts = server.findAll(postRequestedFor(urlPathEqualTo(slack)));
        assertThat(slackPosts).hasSize(1);
        assertThat(JSON.readTree(slackPosts.get(0).getBodyAsString()).path("text").asText()).startsWith("Test notification");
        List<LoggedRequest> hookPosts = server.findAll(postRequestedFor(urlPathEqualTo(hook)));
        assertThat(hookPosts).hasSize(1);
        JsonNode event = JSON.readTree(hookPosts.get(0).getBodyAsString());
        assertThat(event.path("event").asText()).isEqualTo("notification.created");
        assertThat(event.path("data").path("id").asText()).isEqualTo(id);
        assertThat(hookPosts.get(0).getHeader("X-Signature")).isEqualTo(
                com.verticallight.channel.connector.webhook.WebhookSignature.sign("ntf-secret", hookPosts.get(0).getBody()));
    }

    // ---- helpers ----

    private static String formKey(Account owner) {
        Map<String, Object> business = new HashMap<>(Accounts.business("Glow"));
        business.put("website", "https://glow-salon.example/book");
        return owner.as().body(business).post("/api/v1/businesses").then().statusCode(201).extract().path("leadFormKey");
    }

    private static void connect(Account owner, String businessId, String kind, Map<String, String> ids,
            Map<String, String> credentials) {
        owner.as().body(Map.of("kind", kind, "platformIds", ids, "credentials", credentials, "mode", "LIVE"))
                .post("/api/v1/businesses/" + businessId + "/connections").then().statusCode(201);
    }

    private static void submitLead(String formKey, String name, String phone) {
        given().contentType("application/json").body(Map.of("name", name, "phone", phone, "message", "Bridal makeup?",
                "consent", true)).post("/public/lead-forms/" + formKey).then().statusCode(202);
    }

    private static String testNotification(Account account, String priority) {
        return account.as().body(Map.of("priority", priority)).post("/api/v1/notifications/test")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> preferences(Account account) {
        return new HashMap<>(account.as().get("/api/v1/notifications/preferences").then().statusCode(200)
                .extract().jsonPath().getMap("$"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> withChoice(Map<String, Object> prefs, String category, boolean enabled,
            List<String> channels, boolean digest) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Map<String, Object> choice : (List<Map<String, Object>>) prefs.get("categories")) {
            choices.add(choice.get("category").equals(category) ? Map.of("category", category, "enabled", enabled,
                    "channels", channels, "digest", digest) : choice);
        }
        return choices;
    }

    private static void subscribe(Account owner, String path, KeyPair browser, byte[] auth) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        owner.as().body(Map.of("endpoint", WireMockPlatforms.server().baseUrl() + path, "keys", Map.of(
                "p256dh", b64.encodeToString(PushCrypto.uncompressed((ECPublicKey) browser.getPublic())),
                "auth", b64.encodeToString(auth)))).post("/api/v1/notifications/push/subscriptions")
                .then().statusCode(201);
    }

    private static List<LoggedRequest> pushes(String path) {
        WireMockServer server = WireMockPlatforms.server();
        return server.findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status the server answered a refused WebSocket handshake with. */
    private static int handshakeStatus(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.http.WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
        }
        throw new AssertionError("not a refused handshake", e);
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
    @Test
    void aPersonsEleventhSocketClosesTheirOldestAndTheOthersStillHear() throws Exception {
        Account owner = Accounts.signup("BASIC");
        List<SocketClient> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 11; i++) {
                sockets.add(SocketClient.open(owner.accessToken(), null));
            }
            assertThat(sockets.get(0).awaitClose()).as("the oldest socket is closed as one too many").isEqualTo(4008);
            owner.as().body(Map.of("priority", "URGENT")).post("/api/v1/notifications/test").then().statusCode(201);
            for (SocketClient socket : sockets.subList(1, 11)) {
                socket.await(m -> m.path("type").asText().equals("notification"));
            }
            assertThat(sockets.get(0).notifications()).isEmpty();
        } finally {
            sockets.forEach(SocketClient::close);
        }
    }
}
