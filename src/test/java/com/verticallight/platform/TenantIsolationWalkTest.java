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

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    /** Valid bodies, so that validation passes and only tenant scoping can stop the request. */
    private static final Map<String, Object> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/businesses/{businessId}/connections", Map.of("kind", "SLACK",
                    "platformIds", Map.of(), "credentials", Map.of("webhookUrl", "https://hooks.slack.com/services/x"))),
            Map.entry("PATCH /api/v1/connections/{connectionId}", Map.of("name", "Hijacked", "mode", "LIVE")),
            Map.entry("PUT /api/v1/businesses/{businessId}", Accounts.business("Hijacked")),
            Map.entry("PUT /api/v1/businesses/{businessId}/category-config", Map.of("automationPriorities", List.of("x"),
                    "contentThemes", List.of("x"), "postingWindows", List.of())),
            Map.entry("PUT /api/v1/users/{userId}/role", Map.of("role", "OWNER")),
            Map.entry("PUT /api/v1/contacts/{contactId}", Map.of("name", "Hijacked", "phone", "+919812345678")),
            Map.entry("PUT /api/v1/contacts/{contactId}/channels/{channel}/consent", Map.of("source", "Hijacked")),
            Map.entry("POST /api/v1/contacts/{contactId}/channels/{channel}/opt-out", Map.of("reason", "Hijacked")),
            Map.entry("POST /api/v1/businesses/{businessId}/manual-tasks", Map.of("guidanceKey", "complex-complaint")),
            Map.entry("PUT /api/v1/ledger/baselines/{taskType}", Map.of("minutes", 30)),
            Map.entry("POST /api/v1/manual-tasks/{taskId}/complete", Map.of("minutesSpent", 5)),
            Map.entry("POST /api/v1/manual-tasks/{taskId}/dismiss", Map.of("reason", "Hijacked")),
            Map.entry("PUT /api/v1/businesses/{businessId}/daily-plan/settings", Map.of("runAt", "3 am", "paused", true)),
            Map.entry("POST /api/v1/businesses/{businessId}/sales", Map.of("phone", "+919830012345", "amountMinor", 100,
                    "currency", "INR")),
            Map.entry("POST /api/v1/businesses/{businessId}/sales/import", Map.of("sales", List.of(Map.of(
                    "externalId", "hijack-1", "phone", "+919830012345", "amountMinor", 100, "currency", "INR")))),
            Map.entry("PUT /api/v1/businesses/{businessId}/referral-settings", Map.of("googlePlaceId", "ChIJhijack")),
            Map.entry("POST /api/v1/reviews/{reviewId}/reply", Map.of("text", "Hijacked")));

    /** Path parameters that name a kind of thing rather than a row; they are not secrets of tenant A. */
    private static final Map<String, String> NAMES = Map.of("channel", "WHATSAPP", "key", "reconnect-whatsapp",
            "taskType", "social_post");

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
        a.as().body(Map.of("kind", "GOOGLE_BUSINESS_PROFILE", "platformIds", Map.of("accountId", "1", "locationId", "2"),
                "credentials", Map.of("accessToken", "a-token"))).post("/api/v1/businesses/" + businessId + "/connections")
                .then().statusCode(201);
        a.as().post("/api/v1/businesses/" + businessId + "/reviews/sync").then().statusCode(200);
        String reviewId = a.as().get("/api/v1/businesses/" + businessId + "/reviews").then().statusCode(200)
                .extract().path("[0].id");
        Map<String, String> idsOfA = Map.of("businessId", businessId, "userId", staffOfA.userId().toString(),
                "keyId", keyId, "contactId", contactId, "connectionId", connectionId, "deliveryId", deliveryId,
                "jobId", jobId, "taskId", taskId, "reviewId", reviewId);
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
