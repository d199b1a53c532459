package com.verticallight.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Properties every operation of the published OpenAPI document must have, checked on the live document. */
@QuarkusTest
class ApiContractTest {

    /** Bodies a careless or hostile client might send; none may produce a 5xx. */
    private static final List<String> JUNK = List.of("", "null", "[]", "\"text\"", "42", "{", "{\"name\": [1,2]}",
            "{\"name\": {\"nested\": true}}", "{\"latitude\": \"north\", \"role\": \"KING\"}", "{}",
            "{\"operatingHours\": {\"MONDAY\": [{\"opens\": \"25:99\"}]}}", "{\"permissions\": [null]}");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> operations() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().path("paths");
    }

    @Test
    void everyOperationHasASummaryATagAndDocumentedErrors() {
        List<String> missing = new ArrayList<>();
        operations().forEach((path, methods) -> methods.forEach((method, operation) -> {
            String route = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(route + ": summary");
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                missing.add(route + ": tag");
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            boolean documentsAnError = responses != null && responses.keySet().stream().anyMatch(c -> c.startsWith("4"));
            if (!documentsAnError && operation.containsKey("requestBody")) {
                missing.add(route + ": 4xx response");
            }
        }));
        assertThat(missing).isEmpty();
    }

    @Test
    void noClientInputProducesAServerErrorOrAnythingButProblemJson() {
        Account owner = Accounts.signup("ENTERPRISE");
        String someId = UUID.randomUUID().toString();
        List<String> failures = new ArrayList<>();
        operations().forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!operation.containsKey("requestBody")) {
                return;
            }
            String url = path.replaceAll("\\{[^}]+}", someId);
            for (String junk : JUNK) {
                Response response = owner.as().body(junk).request(method.toUpperCase(), url);
                int status = response.statusCode();
                boolean notAnObject = !junk.startsWith("{") || junk.equals("{");
                if (status >= 500 || notAnObject && status < 400) {
                    failures.add(method + " " + path + " with " + junk + " -> " + status);
                } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(method + " " + path + " with " + junk + " -> " + status + " " + response.contentType());
                }
            }
        }));
        owner.as().get("/api/v1/businesses/42").then().statusCode(404);
        assertThat(failures).isEmpty();
    }
}
