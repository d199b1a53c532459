package com.verticallight.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.verticallight.support.Accounts;
import com.verticallight.support.Accounts.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Sends bad input to every operation of the OpenAPI document, as the owner of a tenant with data: wrong JSON types,
 * NUL and 100,000-character strings in each property, floats for integers, absent and malformed bodies, garbage and
 * unknown ids in paths, bad query parameters. No answer may be a 500 (a 502/503 only where the operation documents
 * it, for a platform that failed), and every 4xx must be problem+json. Seeded, so each run sends the same requests.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final Logger LOG = Logger.getLogger(OpenApiFuzzTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String HUGE = "h".repeat(100_000);
    private static final String NUL = "a\u0000b";

    private final Random random = new Random(13);
    private final List<String> failures = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private JsonNode schemas;
    private Account owner;
    private Map<String, String> ids;
    private int sent;

    @Test
    void noBadInputGetsA5xxAndEvery4xxIsAProblem() throws Exception {
        long started = System.nanoTime();
        owner = Accounts.signup("ENTERPRISE");
        ids = fixtures(owner);
        JsonNode document = JSON.readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        schemas = document.path("components").path("schemas");
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                operations.put(path.getKey() + " " + op.getKey().toUpperCase(), op.getValue());
            }
        }));
        int fuzzed = 0;
        for (Map.Entry<String, JsonNode> operation : operations.entrySet()) {
            String[] pathAndMethod = operation.getKey().split(" ");
            JsonNode op = operation.getValue();
            boolean hasParameters = op.path("parameters").size() > 0 || PARAM.matcher(pathAndMethod[0]).find();
            if (!hasParameters && !op.has("requestBody")) {
                continue;
            }
            fuzzed++;
            fuzz(pathAndMethod[0], pathAndMethod[1], op);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        LOG.infof("OpenAPI fuzz: %d operations, %d requests, %d s; not sent: %s; operations without parameters or "
                + "body are not fuzzed; malformed %%-escapes are in StrictInputTest (clients refuse to send them)",
                fuzzed, sent, seconds, skipped);
        assertThat(fuzzed).as("operations fuzzed").isGreaterThan(50);
        assertThat(failures).as("answers that were 5xx or a 4xx without problem+json").isEmpty();
    }

    private void fuzz(String template, String method, JsonNode op) {
        List<String> pathParams = new ArrayList<>();
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            pathParams.add(m.group(1));
        }
        List<JsonNode> queryParams = new ArrayList<>();
        op.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                queryParams.add(p);
            }
        });
        JsonNode content = op.path("requestBody").path("content");
        String mediaType = content.has("application/json") ? "application/json"
                : content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        content.fieldNames().forEachRemaining(type -> {
            if (!type.equals(mediaType)) {
                skipped.add(method + " " + template + " as " + type + " (sent as " + mediaType + ")");
            }
        });
        JsonNode bodySchema = mediaType == null ? null : resolve(content.path(mediaType).path("schema"));
        String baseline = mediaType == null ? null
                : mediaType.equals("application/json") ? write(sample(bodySchema, "", 0)) : "a,b\n1,2\n";
        String realPath = fill(template, pathParams, name -> ids.getOrDefault(name, UUID.randomUUID().toString()));

        for (String garbage : List.of(UUID.randomUUID().toString(), "%00", "x".repeat(300))) {
            if (!pathParams.isEmpty()) {
                send(method, fill(template, pathParams, name -> garbage.startsWith("%") ? garbage : enc(garbage)),
                        mediaType, baseline, op);
            }
        }
        if (method.equals("DELETE")) {
            skipped.add(method + " " + template + " with the tenant's real ids (it would delete the fixtures)");
            return;
        }
        if (mediaType == null && queryParams.isEmpty()) {
            send(method, realPath, null, null, op);
            send(method, realPath, null, null, op); // twice: repeating an action is never a 500
        }
        for (JsonNode query : queryParams) {
            String name = query.path("name").asText();
            for (String value : List.of("%00", enc("1.5"), enc("not-a-value"), enc("z".repeat(3_000)))) {
                send(method, realPath + "?" + enc(name) + "=" + value, mediaType, baseline, op);
            }
        }
        if (mediaType == null) {
            return;
        }
        if (!mediaType.equals("application/json")) {
            for (String body : List.of("", "\u0000", "name\n\u0000,\u0000\n", "name,latitude,longitude\nA\u0000B,22.5,88.3\n",
                    "name,latitude,longitude\n" + HUGE + ",1e999,x\n", HUGE, "%zz=%\n&&==")) {
                send(method, realPath, mediaType, body, op);
            }
            return;
        }
        for (String body : List.of("", "{\"a\":", "null", "[]", "42")) {
            send(method, realPath, mediaType, body, op);
        }
        JsonNode sample = JSON.valueToTree(read(baseline));
        List<Mutation> mutations = new ArrayList<>();
        collect(sample, bodySchema, new ArrayList<>(), mutations, 0);
        for (Mutation mutation : mutations) {
            send(method, realPath, mediaType, write(withValue(sample, mutation.path(), mutation.value())), op);
        }
    }

    /** Sent with the JDK's client: much lighter than REST Assured for some 1,500 requests, and sends bytes as given. */
    private void send(String method, String path, String mediaType, String body, JsonNode op) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + owner.accessToken());
        if (mediaType != null) {
            String type = mediaType.contains("*") ? "text/plain" : mediaType;
            request.header("Content-Type", type + (type.startsWith("text/") ? "; charset=UTF-8" : ""))
                    .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + abbreviate(path), e);
        }
        sent++;
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String what = method + " " + abbreviate(path) + (body == null ? "" : " " + abbreviate(body)) + " → " + status;
        if (status >= 500 && !(status != 500 && op.path("responses").has(String.valueOf(status)))) {
            failures.add(what + " " + abbreviate(response.body()));
        } else if (status >= 400 && (!contentType.startsWith(Problem.MEDIA_TYPE) || response.body().isEmpty())) {
            failures.add(what + " without a problem+json body (" + contentType + ")");
        }
    }

    private record Mutation(List<Object> path, JsonNode value) {
    }

    /** For each property of the sample (nested up to three levels): a wrong type, NUL, a huge string, a float. */
    private void collect(JsonNode node, JsonNode schema, List<Object> path, List<Mutation> out, int depth) {
        if (!path.isEmpty()) {
            for (JsonNode bad : badValues(node, resolve(schema))) {
                out.add(new Mutation(path, bad));
            }
        }
        if (depth >= 3) {
            return;
        }
        JsonNode s = resolve(schema);
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> next = new ArrayList<>(path);
                next.add(field.getKey());
                JsonNode child = properties(s).has(field.getKey()) ? properties(s).get(field.getKey())
                        : s.path("additionalProperties");
                collect(field.getValue(), child, next, out, depth + 1);
            }
        } else if (node.isArray() && node.size() > 0) {
            List<Object> next = new ArrayList<>(path);
            next.add(0);
            collect(node.get(0), s.path("items"), next, out, depth + 1);
        }
    }

    private List<JsonNode> badValues(JsonNode current, JsonNode schema) {
        List<JsonNode> wrongTypes;
        List<JsonNode> always = new ArrayList<>();
        if (current.isTextual()) {
            wrongTypes = List.of(NODES.numberNode(12), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode());
            always.add(NODES.textNode(NUL));
            always.add(NODES.textNode(HUGE));
        } else if (current.isIntegralNumber()) {
            wrongTypes = List.of(NODES.textNode("1"), NODES.booleanNode(true), NODES.numberNode(1e300));
            always.add(NODES.numberNode(1.5));
        } else if (current.isNumber()) {
            wrongTypes = List.of(NODES.textNode("1.5"), NODES.booleanNode(false), NODES.numberNode(1e300));
        } else if (current.isBoolean()) {
            wrongTypes = List.of(NODES.numberNode(5), NODES.numberNode(-1), NODES.textNode("true"));
        } else if (current.isArray()) {
            wrongTypes = List.of(NODES.textNode("x"), NODES.objectNode(), NODES.numberNode(3));
        } else if (current.isObject()) {
            wrongTypes = List.of(NODES.textNode("x"), NODES.arrayNode(), NODES.numberNode(3));
        } else {
            wrongTypes = List.of(NODES.textNode(NUL), NODES.numberNode(1.5));
        }
        List<JsonNode> chosen = new ArrayList<>(always);
        if (always.isEmpty() || random.nextBoolean()) {
            chosen.add(wrongTypes.get(random.nextInt(wrongTypes.size())));
        }
        return chosen;
    }

    private static JsonNode withValue(JsonNode sample, List<Object> path, JsonNode value) {
        JsonNode copy = sample.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema == null || schema.isMissingNode()) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(schemas.path(name));
        }
        if (schema.has("allOf") && !schema.has("properties")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("properties")) {
                        merged.set(f.getKey(), f.getValue());
                    }
                });
                properties.setAll((ObjectNode) properties(resolved));
            }
            return merged;
        }
        if ((schema.has("oneOf") || schema.has("anyOf")) && !schema.has("type")) {
            JsonNode options = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            for (JsonNode option : options) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option);
                }
            }
        }
        return schema;
    }

    private static JsonNode properties(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return properties.isObject() ? properties : NODES.objectNode();
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "";
    }

    /** A plausible value for the schema, so that one bad property at a time is what the API sees. */
    private JsonNode sample(JsonNode raw, String name, int depth) {
        JsonNode schema = resolve(raw);
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText();
        switch (type(schema)) {
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.5);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (depth < 5) {
                    array.add(sample(schema.path("items"), name, depth + 1));
                }
                return array;
            case "object":
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    properties(schema).fields().forEachRemaining(f -> object.set(f.getKey(),
                            sample(f.getValue(), f.getKey(), depth + 1)));
                    if (schema.path("additionalProperties").isObject()) {
                        object.set("key", sample(schema.get("additionalProperties"), "key", depth + 1));
                    }
                }
                return object;
            case "string":
                return NODES.textNode(text(name, format));
            default:
                return NODES.textNode("fuzz");
        }
    }

    private String text(String name, String format) {
        if (format.equals("uuid")) {
            return ids.getOrDefault(name, UUID.randomUUID().toString());
        }
        if (format.equals("date")) {
            return "2031-01-01";
        }
        if (format.equals("date-time")) {
            return "2031-01-01T09:00:00Z";
        }
        String lower = name.toLowerCase();
        if (lower.contains("phone") || lower.equals("to")) {
            return "+919812345678";
        }
        if (lower.contains("email")) {
            return "fuzz@example.in";
        }
        if (lower.contains("currency")) {
            return "INR";
        }
        if (lower.contains("country")) {
            return "IN";
        }
        if (lower.contains("language") || lower.contains("locale")) {
            return "en";
        }
        if (lower.contains("timezone")) {
            return "Asia/Kolkata";
        }
        if (lower.contains("url") || lower.contains("link") || lower.contains("website")) {
            return "https://example.in/fuzz";
        }
        if (lower.contains("local")) {
            return "2031-01-01T10:00:00";
        }
        return "fuzz";
    }

    /** A tenant with one of each thing the paths name, so that fuzzed requests reach real rows. */
    private static Map<String, String> fixtures(Account a) {
        Map<String, String> ids = new LinkedHashMap<>();
        String businessId = Accounts.createBusiness(a, "Fuzzed outlet");
        ids.put("businessId", businessId);
        ids.put("userId", Accounts.invite(a, "STAFF").userId().toString());
        String contactId = a.as().body(Map.of("name", "Fuzzed customer", "phone", "+919830012345"))
                .post("/api/v1/contacts").then().statusCode(201).extract().path("id");
        ids.put("contactId", contactId);
        a.as().body(Map.of("source", "form")).put("/api/v1/contacts/" + contactId + "/channels/WHATSAPP/consent")
                .then().statusCode(200);
        String connectionId = a.as().body(Map.of("kind", "WHATSAPP", "platformIds", Map.of("phoneNumberId",
                String.valueOf(System.nanoTime())), "credentials", Map.of("accessToken", "fuzz-token")))
                .post("/api/v1/businesses/" + businessId + "/connections").then().statusCode(201).extract().path("id");
        ids.put("connectionId", connectionId);
        ids.put("appointmentId", a.as().body(Map.of("contactId", contactId, "serviceName", "Haircut",
                "localStart", "2031-01-01T15:00:00")).post("/api/v1/businesses/" + businessId + "/appointments")
                .then().statusCode(201).extract().path("id"));
        ids.put("paymentId", a.as().body(Map.of("contactId", contactId, "amountMinor", 150000, "currency", "INR",
                "dueDate", "2031-01-01", "paymentLink", "https://pay.example/a", "description", "Balance"))
                .post("/api/v1/businesses/" + businessId + "/payment-requests").then().statusCode(201)
                .extract().path("id"));
        ids.put("leadId", a.as().body(Map.of("phone", "+919830012346", "message", "Enquiry"))
                .post("/api/v1/businesses/" + businessId + "/leads").then().statusCode(201).extract().path("id"));
        ids.put("taskId", a.as().body(Map.of("guidanceKey", "answer-negative-review"))
                .post("/api/v1/businesses/" + businessId + "/manual-tasks").then().statusCode(201).extract().path("id"));
        ids.put("jobId", a.as().body(Map.of("runAt", "2031-01-01T09:00:00Z", "connectionId", connectionId,
                "action", Map.of("type", "TEMPLATE", "to", "+919830012345", "templateName", "hello", "language", "en")))
                .post("/api/v1/scheduled-actions").then().statusCode(201).extract().path("id"));
        ids.put("dateId", a.as().body(Map.of("name", "Anniversary", "date", "2031-01-01"))
                .post("/api/v1/businesses/" + businessId + "/content/dates").then().statusCode(201).extract().path("id"));
        ids.put("channel", "WHATSAPP");
        ids.put("taskType", "social_post");
        ids.put("key", "reconnect-whatsapp");
        ids.put("isoWeek", "2031-W01");
        return ids;
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\u0000", "\\0");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String fill(String template, List<String> names, java.util.function.Function<String, String> value) {
        String path = template;
        for (String name : names) {
            path = path.replace("{" + name + "}", value.apply(name));
        }
        return path;
    }

    private String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Object read(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
