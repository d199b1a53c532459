package com.verticallight.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every operation of the OpenAPI document as the owner of tenant B against tenant A's ids. Any answer
 * other than 404 for an id of A, or any of A's ids in a response to B, is a leak. A new route whose path
 * parameter or request body has no fixture here fails the walk, so new routes cannot skip it.
 */
@QuarkusTest
class TenantIsolationWalkTest {

    @jakarta.inject.Inject
    com.verticallight.support.Sql sql;

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** Valid bodies, so that validation passes and only tenant scoping can stop the request. */
    private static final Map<String, Object> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/businesses/{businessId}/connections", Map.of("kind", "SLACK",
                    "platformIds", Map.of(), "credentials", Map.of("webhookUrl", "https://hooks.slack.com/services/x"))),
            Map.entry("PATCH /api/v1/connections/{connectionId}", Map.of("name", "Hijacked", "mode", "LIVE")),
            Map.entry("POST /api/v1/connect/{provider}/callback", Map.of("state", "not-a-state-of-b", "code", "x")),
            Map.entry("POST /api/v1/connect/flows/{flowId}/choose", Map.of("mode", "LIVE",
                    "choices", List.of(Map.of("kind", "FACEBOOK_PAGE", "id", "555000333")))),
            Map.entry("PUT /api/v1/businesses/{businessId}", Accounts.business("Hijacked")),
            Map.entry("PUT /api/v1/businesses/{businessId}/category-config", Map.of("automationPriorities", List.of("x"),
                    "contentThemes", List.of("x"), "postingWindows", List.of())),
            Map.entry("PUT /api/v1/users/{userId}/role", Map.of("role", "OWNER")),
            Map.entry("PUT /api/v1/me/language", Map.of("language", "hi")),
            Map.entry("PUT /api/v1/contacts/{contactId}", Map.of("name", "Hijacked", "phone", "+919812345678")),
            Map.entry("PUT /api/v1/contacts/{contactId}/channels/{channel}/consent", Map.of("source", "Hijacked")),
            Map.entry("POST /api/v1/contacts/{contactId}/channels/{channel}/opt-out", Map.of("reason", "Hijacked")),
            Map.entry("POST /api/v1/businesses/{businessId}/manual-tasks", Map.of("guidanceKey", "complex-complaint")),
            Map.entry("PUT /api/v1/ledger/baselines/{taskType}", Map.of("minutes", 30)),
            Map.entry("POST /api/v1/manual-tasks/{taskId}/complete", Map.of("minutesSpent", 5)),
            Map.entry("POST /api/v1/manual-tasks/{taskId}/dismiss", Map.of("reason", "Hijacked")),
            Map.entry("PUT /api/v1/businesses/{businessId}/daily-plan/settings", Map.of("runAt", "3 am", "paused", true)),
            Map.entry("POST /api/v1/businesses/{businessId}/appointments", Map.of("phone", "+919830099999",
                    "serviceName", "Hijacked", "localStart", "2031-01-01T10:00:00")),
            Map.entry("PUT /api/v1/appointments/{appointmentId}/start", Map.of("localStart", "2031-01-02T10:00:00")),
            Map.entry("PUT /api/v1/businesses/{businessId}/reminder-settings", Map.of("appointmentOffsetsMinutes",
                    List.of(60), "paymentDaysBefore", 1, "paymentEveryDays", 1, "paymentMaxReminders", 1,
                    "paymentSendTime", "03:00")),
            Map.entry("POST /api/v1/businesses/{businessId}/payment-requests", Map.of("phone", "+919830099999",
                    "amountMinor", 100, "currency", "INR", "dueDate", "2031-01-01",
                    "paymentLink", "https://pay.example/hijack", "description", "Hijacked")),
            Map.entry("POST /api/v1/businesses/{businessId}/competitors/import", Map.of("competitors", List.of(
                    Map.of("name", "Hijacked", "latitude", 22.55, "longitude", 88.35)))),
            Map.entry("POST /api/v1/businesses/{businessId}/competitors/import-csv",
                    "name,latitude,longitude\nHijacked,22.55,88.35\n"),
            Map.entry("PUT /api/v1/businesses/{businessId}/content/settings", Map.of("autoPublish", true)),
            Map.entry("PATCH /api/v1/content/posts/{postId}", Map.of("text", "Hijacked")),
            Map.entry("POST /api/v1/content/posts/{postId}/reschedule", Map.of("at", "2030-01-01T09:30")),
            Map.entry("POST /api/v1/businesses/{businessId}/content/dates", Map.of("name", "Hijacked", "date", "2030-01-01")),
            Map.entry("PUT /api/v1/businesses/{businessId}/budget/goals", Map.of("goals", List.of(Map.of("goal", "LEADS")))),
            Map.entry("PUT /api/v1/businesses/{businessId}/budget/curves", Map.of("curves", List.of(Map.of(
                    "activity", "TOOLS", "goal", "LEADS", "a", 5, "b", 100_000)))),
            Map.entry("POST /api/v1/businesses/{businessId}/budget/results", Map.of("month", "2025-01",
                    "entries", List.of(Map.of("activity", "TOOLS", "spendMinor", 100, "leads", 1)))),
            Map.entry("POST /api/v1/businesses/{businessId}/budget/prioritise", Map.of("minutesLimit", 60,
                    "candidates", List.of(Map.of("key", "a", "costMinor", 0, "minutes", 1, "impact", 1)))),
            Map.entry("POST /api/v1/businesses/{businessId}/leads", Map.of("phone", "+919812345678", "message", "Hijacked")),
            Map.entry("PUT /api/v1/leads/{leadId}/status", Map.of("status", "LOST", "note", "Hijacked")),
            Map.entry("PUT /api/v1/businesses/{businessId}/lead-rules", Map.of("rules", List.of())),
            Map.entry("PUT /api/v1/businesses/{businessId}/lead-follow-ups", Map.of("steps", List.of())),
            Map.entry("POST /api/v1/contacts/{contactId}/messages", Map.of("text", "Hijacked", "channel", "WHATSAPP")),
            Map.entry("POST /api/v1/businesses/{businessId}/sales", Map.of("phone", "+919830012345", "amountMinor", 100,
                    "currency", "INR")),
            Map.entry("POST /api/v1/businesses/{businessId}/sales/import", Map.of("sales", List.of(Map.of(
                    "externalId", "hijack-1", "phone", "+919830012345", "amountMinor", 100, "currency", "INR")))),
            Map.entry("PUT /api/v1/businesses/{businessId}/referral-settings", Map.of("googlePlaceId", "ChIJhijack")),
            Map.entry("POST /api/v1/reviews/{reviewId}/reply", Map.of("text", "Hijacked")),
            Map.entry("PUT /api/v1/workflows/{workflowId}", Map.of("name", "Hijacked", "trigger", Map.of("type", "manual"),
                    "steps", List.of(Map.of("id", "a", "type", "script", "settings", Map.of("expression", "{'x': 1}"))))),
            Map.entry("POST /api/v1/workflows/{workflowId}/run", Map.of("name", "Hijacked")),
            Map.entry("POST /api/v1/workflow-executions/{executionId}/approvals/{stepKey}", Map.of("decision", "approve")),
            Map.entry("POST /api/v1/workflow-templates/{templateId}/copy", Map.of("name", "B's copy")),
            Map.entry("POST /api/v1/analytics/models/{modelId}/deploy", Map.of("version", 1)),
            Map.entry("POST /api/v1/analytics/models/{modelId}/predict", Map.of("inputs", Map.of())),
            Map.entry("POST /api/v1/analytics/models/{modelId}/predict/batch", Map.of("items",
                    List.of(Map.of("inputs", Map.of())))),
            Map.entry("POST /api/v1/analytics/predictions/{predictionId}/feedback", Map.of("correct", true)),
            Map.entry("PUT /api/v1/analytics/anomalies/{anomalyId}/status", Map.of("status", "RESOLVED")));

    /** Path parameters that name a kind of thing rather than a row; they are not secrets of tenant A. */
    private static final Map<String, String> NAMES = Map.of("channel", "WHATSAPP", "key", "reconnect-whatsapp",
            "taskType", "social_post", "isoWeek", "2030-W01", "number", "1", "stepKey", "ask",
            "templateId", "lead-qualification", "provider", "facebook");

    @Test
    void tenantBCannotSeeOrTouchAnythingOfTenantA() {
        Account a = Accounts.signup("ENTERPRISE");
        String businessId = Accounts.createBusiness(a, "A's outlet");
        Account staffOfA = Accounts.invite(a, "STAFF");
        String keyId = a.as().body(Map.of("name", "a-key", "permissions", List.of("business:read")))
                .post("/api/v1/api-keys").then().statusCode(201).extract().path("apiKey.id");
        String contactId = a.as().body(Map.of("name", "A's customer", "phone", "+919830012345"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        a.as().body(Map.of("source", "A's form")).put("/api/v1/contacts/" + contactId + "/channels/WHATSAPP/consent")
                .then().statusCode(200);
        String connectionId = a.as().body(Map.of("kind", "WHATSAPP", "platformIds", Map.of("phoneNumberId", "555000111"),
                "credentials", Map.of("accessToken", "a-token"))).post("/api/v1/businesses/" + businessId + "/connections")
                .then().statusCode(201).extract().path("id");
        String deliveryId = a.as().body(Map.of("actions", List.of(Map.of("connectionId", connectionId, "urgent", true,
                "action", Map.of("type", "TEMPLATE", "to", "+919830012345", "templateName", "hello", "language", "en")))))
                .post("/api/v1/actions").then().statusCode(200).extract().path("results[0].deliveryId");
        String jobId = a.as().body(Map.of("runAt", "2030-01-01T09:00:00Z", "connectionId", connectionId,
                "action", Map.of("type", "TEMPLATE", "to", "+919830012345", "templateName", "hello", "language", "en")))
                .post("/api/v1/scheduled-actions").then().statusCode(201).extract().path("id");
        String taskId = a.as().body(Map.of("guidanceKey", "answer-negative-review"))
                .post("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(201).extract().path("id");
        String appointmentId = a.as().body(Map.of("contactId", contactId, "serviceName", "A's haircut",
                "localStart", "2031-01-01T15:00:00")).post("/api/v1/businesses/" + businessId + "/appointments")
                .then().statusCode(201).extract().path("id");
        String paymentId = a.as().body(Map.of("contactId", contactId, "amountMinor", 150000, "currency", "INR",
                "dueDate", "2031-01-01", "paymentLink", "https://pay.example/a", "description", "A's balance"))
                .post("/api/v1/businesses/" + businessId + "/payment-requests").then().statusCode(201).extract().path("id");
        String insightId = a.as().post("/api/v1/businesses/" + businessId + "/insights/refresh")
                .then().statusCode(200).extract().path("[0].id");
        a.as().body(Map.of("kind", "FACEBOOK_PAGE", "platformIds", Map.of("pageId", "555000222"),
                "credentials", Map.of("accessToken", "a-page-token"))).post("/api/v1/businesses/" + businessId + "/connections")
                .then().statusCode(201);
        java.time.LocalDate inAWeek = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata")).plusWeeks(1);
        String nextWeek = String.format("%d-W%02d", inAWeek.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                inAWeek.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String postId = a.as().post("/api/v1/businesses/" + businessId + "/content/weeks/" + nextWeek + "/generate")
                .then().statusCode(200).extract().path("[0].id");
        String dateId = a.as().body(Map.of("name", "A's anniversary sale", "date", "2030-01-01"))
                .post("/api/v1/businesses/" + businessId + "/content/dates").then().statusCode(201).extract().path("id");
        String leadId = a.as().body(Map.of("phone", "+919830012345", "message", "A's enquiry"))
                .post("/api/v1/businesses/" + businessId + "/leads").then().statusCode(201).extract().path("id");
        a.as().body(Map.of("kind", "GOOGLE_BUSINESS_PROFILE", "platformIds", Map.of("accountId", "1", "locationId", "2"),
                "credentials", Map.of("accessToken", "a-token"))).post("/api/v1/businesses/" + businessId + "/connections")
                .then().statusCode(201);
        a.as().post("/api/v1/businesses/" + businessId + "/reviews/sync").then().statusCode(200);
        String reviewId = a.as().get("/api/v1/businesses/" + businessId + "/reviews").then().statusCode(200)
                .extract().path("[0].id");
        String webhookId = a.as().body(Map.of("kind", "WEBHOOK", "platformIds", Map.of("url", "https://crm.example/a"),
                "credentials", Map.of("secret", "a-secret"))).post("/api/v1/businesses/" + businessId + "/connections")
                .then().statusCode(201).extract().path("id");
        String exportId = a.as().body(Map.of("connectionId", webhookId)).post("/api/v1/crm-export")
                .then().statusCode(202).extract().path("exportId");
        // a dead letter of A (an event its processing gave up on), as the outbox relay leaves one
        String deadLetterId = java.util.UUID.randomUUID().toString();
        sql.query("""
                insert into outbox (id, tenant_id, topic, payload, created_at, status, attempts, last_error, dead_at)
                values ($1, $2, 'form.lead', '{"name":"A''s visitor"}', now(), 'DEAD', 10, 'A''s failure', now())""",
                java.util.UUID.fromString(deadLetterId), a.tenantId());
        // an invoice of A, as a Razorpay charge leaves one (BillingTest issues them through the signed webhook)
        String invoiceId = java.util.UUID.randomUUID().toString();
        sql.query("""
                insert into invoice (id, tenant_id, number, financial_year, sequence, payment_id, plan_code, description,
                                     issued_at, customer_name, supplier_state, place_of_supply, taxable_minor, cgst_minor,
                                     sgst_minor, igst_minor, total_minor, currency)
                values ($1, $2, $3, '1999-00', $4, 'pay_walk', 'BASIC', 'A''s plan', now(), 'A''s company', '29', '29',
                        84661, 7619, 7620, 0, 99900, 'INR')""",
                java.util.UUID.fromString(invoiceId), a.tenantId(), "VLW-" + invoiceId.substring(0, 8),
                (int) (System.nanoTime() & 0x3fffffff));
        // A's execution waits on an approval step "ask", so B's decision of it (walked below) could only fail by tenancy
        String workflowId = a.as().body(Map.of("name", "A's workflow", "trigger", Map.of("type", "manual"),
                "steps", List.of(Map.of("id", "a", "type", "script", "settings", Map.of("expression", "{'x': 1}"),
                        "next", "ask"), Map.of("id", "ask", "type", "approval", "settings", Map.of("question", "Go on?")))))
                .post("/api/v1/workflows").then().statusCode(201).extract().path("id");
        a.as().post("/api/v1/workflows/" + workflowId + "/publish").then().statusCode(200);
        String executionId = a.as().body(Map.of("name", "A's run")).post("/api/v1/workflows/" + workflowId + "/run")
                .then().statusCode(202).extract().path("executionId");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (!"WAITING".equals(a.as().get("/api/v1/workflow-executions/" + executionId).then().extract().path("status"))) {
            assertThat(java.time.Instant.now()).as("A's execution waits on its approval").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // an analytics model of A with a trained and deployed version, a prediction and an anomaly (as the hub stores them)
        String modelId = a.as().body(Map.of("name", "A churn", "kind", "CLASSIFICATION", "target", "CHURN"))
                .post("/api/v1/analytics/models").then().statusCode(201).extract().path("id");
        sql.query("""
                insert into analytics_model_version (id, tenant_id, model_id, number, status, reason, created_at, state)
                values ($1, $2, $3, 1, 'TRAINED', 'MANUAL', now(), '{"features":[],"means":[],"stds":[],"weights":[],"bias":0}')""",
                java.util.UUID.randomUUID(), a.tenantId(), java.util.UUID.fromString(modelId));
        a.as().body(Map.of("version", 1)).post("/api/v1/analytics/models/" + modelId + "/deploy").then().statusCode(200);
        String predictionId = java.util.UUID.randomUUID().toString();
        sql.query("""
                insert into analytics_prediction (id, tenant_id, model_id, version_number, inputs, prediction, value,
                                                  created_at) values ($1, $2, $3, 1, '{}', 'churn', 0.9, now())""",
                java.util.UUID.fromString(predictionId), a.tenantId(), java.util.UUID.fromString(modelId));
        String anomalyId = java.util.UUID.randomUUID().toString();
        sql.query("""
                insert into analytics_anomaly (id, tenant_id, business_id, metric, day, actual, expected, score, severity,
                                               status, created_at, updated_at)
                values ($1, $2, $3, 'REVENUE', current_date - 1, 0, 1000, -9, 'HIGH', 'OPEN', now(), now())""",
                java.util.UUID.fromString(anomalyId), a.tenantId(), java.util.UUID.fromString(businessId));
        String notificationId = a.as().body(Map.of("priority", "LOW")).post("/api/v1/notifications/test")
                .then().statusCode(201).extract().path("id");
        String subscriptionId = a.as().body(Map.of("endpoint", "https://push.example/a-" + java.util.UUID.randomUUID(),
                "keys", Map.of("p256dh", "B" + "A".repeat(86), "auth", "A".repeat(22)))).post("/api/v1/notifications/push/subscriptions")
                .then().statusCode(201).extract().path("id");
        String flowId = a.as().post("/api/v1/businesses/" + businessId + "/connect/facebook").then().statusCode(201)
                .extract().path("flowId");
        Map<String, String> idsOfA = Map.ofEntries(Map.entry("businessId", businessId), Map.entry("flowId", flowId),
                Map.entry("invoiceId", invoiceId), Map.entry("modelId", modelId), Map.entry("predictionId", predictionId),
                Map.entry("anomalyId", anomalyId),
                Map.entry("notificationId", notificationId), Map.entry("subscriptionId", subscriptionId),
                Map.entry("deadLetterId", deadLetterId),
                Map.entry("workflowId", workflowId), Map.entry("executionId", executionId),
                Map.entry("exportId", exportId),
                Map.entry("userId", staffOfA.userId().toString()), Map.entry("keyId", keyId),
                Map.entry("contactId", contactId), Map.entry("connectionId", connectionId),
                Map.entry("deliveryId", deliveryId), Map.entry("jobId", jobId), Map.entry("taskId", taskId),
                Map.entry("appointmentId", appointmentId), Map.entry("paymentId", paymentId),
                Map.entry("insightId", insightId),
                Map.entry("postId", postId), Map.entry("dateId", dateId), Map.entry("leadId", leadId),
                Map.entry("reviewId", reviewId));
        Account b = Accounts.signup("ENTERPRISE");

        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().path("paths");
        List<String> leaks = new ArrayList<>();
        int walked = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                walked++;
                checkOperation(b, method, path.getKey(), operation.getValue(), idsOfA, leaks);
            }
        }

        assertThat(walked).as("operations walked").isGreaterThan(15);
        assertThat(leaks).as("leaks across tenants").isEmpty();
        a.as().get("/api/v1/businesses/" + businessId).then().statusCode(200).body("name", equalTo("A's outlet"));
        a.as().get("/api/v1/users/" + staffOfA.userId()).then().statusCode(200).body("role", equalTo("STAFF"));
        a.as().get("/api/v1/api-keys/" + keyId).then().statusCode(200).body("revokedAt", nullValue());
        a.as().get("/api/v1/jobs/" + jobId).then().statusCode(200).body("status", equalTo("PENDING"));
        a.as().get("/api/v1/connections/" + connectionId).then().statusCode(200).body("mode", equalTo("SANDBOX"));
        a.as().get("/api/v1/deliveries/" + deliveryId).then().statusCode(200).body("status", equalTo("SIMULATED"));
        a.as().get("/api/v1/manual-tasks/" + taskId).then().statusCode(200).body("status", equalTo("OPEN"));
        a.as().get("/api/v1/appointments/" + appointmentId).then().statusCode(200).body("status", equalTo("BOOKED"))
                .body("startsAt", equalTo("2031-01-01T09:30:00Z"));
        a.as().get("/api/v1/payment-requests/" + paymentId).then().statusCode(200).body("status", equalTo("OPEN"));
        a.as().get("/api/v1/businesses/" + businessId + "/insights").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(insightId));
        a.as().get("/api/v1/content/posts/" + postId).then().statusCode(200).body("status", equalTo("DRAFT"));
        a.as().get("/api/v1/businesses/" + businessId + "/content/dates").then().statusCode(200)
                .body("size()", equalTo(1));
        a.as().get("/api/v1/leads/" + leadId).then().statusCode(200).body("status", equalTo("CONTACTED"));
        a.as().get("/api/v1/crm-exports/" + exportId).then().statusCode(200).body("status", equalTo("PENDING"));
        a.as().get("/api/v1/outbox/dead-letters").then().statusCode(200)
                .body("find { it.id == '" + deadLetterId + "' }.status", equalTo("DEAD"));
        a.as().get("/api/v1/workflows/" + workflowId).then().statusCode(200).body("name", equalTo("A's workflow"))
                .body("publishedVersion", equalTo(1));
        a.as().get("/api/v1/workflow-executions/" + executionId).then().statusCode(200)
                .body("steps.find { it.stepId == 'ask' }.status", equalTo("WAITING"));
        a.as().get("/api/v1/billing/invoices/" + invoiceId).then().statusCode(200).body("customerName",
                equalTo("A's company"));
        a.as().get("/api/v1/analytics/models/" + modelId).then().statusCode(200).body("status", equalTo("DEPLOYED"));
        a.as().get("/api/v1/analytics/predictions").then().statusCode(200)
                .body("find { it.id == '" + predictionId + "' }.correct", nullValue());
        a.as().get("/api/v1/analytics/anomalies").then().statusCode(200)
                .body("find { it.id == '" + anomalyId + "' }.status", equalTo("OPEN"));
        a.as().get("/api/v1/contacts/" + contactId).then().statusCode(200)
                .body("name", equalTo("A's customer"))
                .body("channels[0].optedOutAt", nullValue());
    }

    private static void checkOperation(Account b, String method, String template, Map<String, Object> operation,
            Map<String, String> idsOfA, List<String> leaks) {
        String route = method + " " + template;
        if (template.startsWith("/webhooks/") || template.startsWith("/public/")) {
            // platforms' callbacks are authenticated by signature, public forms by the key in their URL:
            // neither acts with a tenant's token (see the webhook and lead form tests)
            return;
        }
        Matcher params = PARAM.matcher(template);
        boolean hasIds = params.find();
        if (!hasIds) {
            if (method.equals("GET") && template.startsWith("/api/")) {
                String body = b.as().get(template).asString();
                idsOfA.values().stream().filter(body::contains)
                        .forEach(id -> leaks.add(route + " shows A's id " + id));
            }
            return;
        }
        boolean namesOnly = PARAM.matcher(template).results().allMatch(m -> NAMES.containsKey(m.group(1))
                && !idsOfA.containsKey(m.group(1)));
        String url = PARAM.matcher(template).replaceAll(m -> {
            String id = idsOfA.getOrDefault(m.group(1), NAMES.get(m.group(1)));
            if (id == null) {
                fail("No id of tenant A for path parameter {" + m.group(1) + "} of " + route + ": add one to the walk");
            }
            return id;
        });
        var request = b.as();
        if (operation.containsKey("requestBody")) {
            Object body = BODIES.get(route);
            if (body == null) {
                fail("No valid request body for " + route + ": add one to the walk");
            }
            request = request.body(body);
            if (body instanceof String && operation.get("requestBody") instanceof Map<?, ?> requestBody
                    && requestBody.get("content") instanceof Map<?, ?> content && content.containsKey("text/csv")) {
                request = request.contentType("text/csv");
            }
        }
        Response response = request.request(method, url);
        if (namesOnly) {
            // shared reference data (e.g. guidance): B may read it; it must still show nothing of A
            if (response.statusCode() >= 500) {
                leaks.add(route + " answered " + response.statusCode());
            }
        } else if (response.statusCode() != 404) {
            leaks.add(route + " answered " + response.statusCode() + " for A's id (expected 404)");
        }
        // the problem's "instance" is the requested path itself, which B already knows
        String text = response.asString().replaceAll("\"instance\":\"[^\"]*\"", "");
        idsOfA.values().stream().filter(text::contains).forEach(id -> leaks.add(route + " echoes A's id " + id));
    }
}
