package com.verticallight.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a client generator reads from the published OpenAPI document: every answer typed, every error a problem,
 * every operation named. Only a 204 may go without a body; every other 2xx (201 and 202 included) declares the
 * media type and a schema that says something (a $ref to a component with properties, an array of such, a string
 * for files, ...), never an empty content map or a bare object.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    private Map<String, Object> document;

    @BeforeEach
    void fetchDocument() {
        document = map(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class));
    }

    @Test
    void everySuccessAnswerOtherThan204DeclaresATypedBody() {
        List<String> untyped = new ArrayList<>();
        eachOperation((route, operation) -> responses(operation).forEach((code, response) -> {
            if (!code.startsWith("2") || code.equals("204")) {
                return;
            }
            Map<String, Object> content = map(map(response).get("content"));
            if (content.isEmpty()) {
                untyped.add(route + " " + code + ": no content");
                return;
            }
            content.forEach((mediaType, media) -> {
                if (!saysSomething(map(media).get("schema"), new ArrayList<>())) {
                    untyped.add(route + " " + code + " " + mediaType + ": schema without properties");
                }
            });
        }));
        assertThat(untyped).as("%d untyped success answers", untyped.size()).isEmpty();
    }

    @Test
    void everyRequestBodyDeclaresItsSchema() {
        List<String> untyped = new ArrayList<>();
        eachOperation((route, operation) -> {
            if (operation.containsKey("requestBody")) {
                Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));
                boolean typed = !content.isEmpty() && content.values().stream()
                        .allMatch(media -> saysSomething(map(media).get("schema"), new ArrayList<>()));
                if (!typed) {
                    untyped.add(route);
                }
            }
        });
        assertThat(untyped).as("request bodies without a schema").isEmpty();
    }

    @Test
    void everyErrorAnswerIsAProblem() {
        List<String> notProblems = new ArrayList<>();
        eachOperation((route, operation) -> responses(operation).forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                Map<String, Object> problem = map(map(map(response).get("content")).get("application/problem+json"));
                if (!(SCHEMA_PREFIX + "Problem").equals(map(problem.get("schema")).get("$ref"))) {
                    notProblems.add(route + " " + code);
                }
            }
        }));
        assertThat(notProblems).as("error answers that are not application/problem+json Problem").isEmpty();
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        List<String> missing = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        eachOperation((route, operation) -> {
            Object id = operation.get("operationId");
            if (!(id instanceof String name) || name.isBlank()) {
                missing.add(route + ": no operationId");
            } else if (seen.putIfAbsent(name, route) != null) {
                missing.add(route + ": operationId " + name + " also used by " + seen.get(name));
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyReferencedSchemaExists() {
        List<String> dangling = new ArrayList<>();
        collectRefs(document, dangling);
        assertThat(dangling).as("$refs without a component").isEmpty();
    }

    @Test
    void theMainResourcesShowAnExampleOfTheirFields() {
        List<String> wrong = new ArrayList<>();
        for (String component : List.of("Business", "Contact", "Lead", "Problem")) {
            Set<String> properties = map(schema(component).get("properties")).keySet();
            Map<String, Object> example = exampleOf(schema(component));
            if (example.isEmpty()) {
                wrong.add(component + ": no example object");
            } else if (!properties.containsAll(example.keySet())) {
                wrong.add(component + ": example fields " + example.keySet() + " are not all properties " + properties);
            } else if (!component.equals("Problem") && !example.keySet().equals(properties)) {
                wrong.add(component + ": example lacks "
                        + properties.stream().filter(p -> !example.containsKey(p)).toList());
            }
        }
        assertThat(wrong).as("Problem leaves out what is null (NON_NULL); the views write every field").isEmpty();
    }

    @Test
    void noTwoTypesShareAComponentName() {
        List<String> renamed = map(map(document.get("components")).get("schemas")).keySet().stream()
                .filter(name -> name.matches(".*[A-Za-z]\\d+$"))
                .toList();
        assertThat(renamed).as("components numbered as two types share a name; give one a @Schema(name)").isEmpty();
    }

    /** A schema a generator can type: a component with content, a typed array, a scalar, or a map of typed values. */
    private boolean saysSomething(Object schemaNode, List<String> visiting) {
        Map<String, Object> schema = map(schemaNode);
        if (schema.isEmpty()) {
            return false;
        }
        if (schema.get("$ref") instanceof String ref) {
            String name = ref.substring(SCHEMA_PREFIX.length());
            if (visiting.contains(name)) {
                return true;
            }
            visiting.add(name);
            return saysSomething(schema(name), visiting);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(combinator) instanceof List<?> parts && !parts.isEmpty()) {
                return parts.stream().allMatch(part -> saysSomething(part, visiting));
            }
        }
        Object type = schema.get("type");
        if ("array".equals(type)) {
            return saysSomething(schema.get("items"), visiting);
        }
        if ("object".equals(type) && Boolean.TRUE.equals(schema.get("additionalProperties"))
                && schema.get("description") instanceof String description && !description.isBlank()) {
            return true; // a free-form JSON object, said so (a workflow's trigger payload)
        }
        if (type == null || "object".equals(type)) {
            return !map(schema.get("properties")).isEmpty()
                    || saysSomething(schema.get("additionalProperties"), visiting);
        }
        return true;
    }

    /** OpenAPI 3.1 puts a schema's examples in a list; 3.0 had one example. */
    private static Map<String, Object> exampleOf(Map<String, Object> schema) {
        if (schema.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
            return map(examples.get(0));
        }
        return map(schema.get("example"));
    }

    private Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    private void collectRefs(Object node, List<String> dangling) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("$ref") instanceof String ref && ref.startsWith(SCHEMA_PREFIX)
                    && schema(ref.substring(SCHEMA_PREFIX.length())).isEmpty()) {
                dangling.add(ref);
            }
            m.values().forEach(value -> collectRefs(value, dangling));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collectRefs(value, dangling));
        }
    }

    private void eachOperation(BiConsumer<String, Map<String, Object>> check) {
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                check.accept(method.toUpperCase() + " " + path, map(operation));
            }
        }));
    }

    private static Map<String, Object> responses(Map<String, Object> operation) {
        return map(operation.get("responses"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
