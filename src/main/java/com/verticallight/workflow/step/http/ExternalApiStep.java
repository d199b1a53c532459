package com.verticallight.workflow.step.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.verticallight.channel.ChannelKind;
import com.verticallight.channel.connection.ConnectionMode;
import com.verticallight.channel.connection.ConnectionService;
import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.webhook.WebhookSignature;
import com.verticallight.channel.gateway.Resilience;
import com.verticallight.platform.tenancy.CurrentTenant;
import com.verticallight.workflow.definition.WorkflowDefinition.StepDefinition;
import com.verticallight.workflow.step.StepContext;
import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.StepResult;
import com.verticallight.workflow.step.StepType;
import com.verticallight.workflow.step.StepValidation;
import com.verticallight.workflow.step.http.HttpCalls.Claim;
import com.verticallight.workflow.step.http.HttpCalls.State;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An HTTP call to an outside API, with its base URL and secret from a stored WEBHOOK connection (never from the
 * definition): {"connectionId":"…","method":"POST","url":"https://api.example.com/orders/{{trigger.id}}",
 * "headers":{"X-Source":"vlos"},"body":{"name":"{{trigger.name}}"},"auth":"bearer"}. The rendered URL must start
 * with the connection's url. Sent through the gateway's resilience (timeout, retries with backoff for 429/5xx and
 * connection errors, a circuit breaker per tenant and connection) with an Idempotency-Key header; the key is claimed
 * before the call, so a resumed execution never calls twice. Output: status, a few headers, body (JSON when JSON).
 * On a SANDBOX connection, or in a test run for any method but GET, nothing is called: the output says
 * {"simulated":true} with the method and URL.
 */
@ApplicationScoped
public class ExternalApiStep implements StepType {

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    static final Set<String> AUTH = Set.of("none", "bearer", "signature", "header");
    static final List<String> KEPT_HEADERS = List.of("content-type", "location", "etag", "x-request-id");
    static final int MAX_BODY_CHARS = 32_768;

    private final ConnectionService connections;
    private final Resilience resilience;
    private final HttpCalls calls;
    private final CurrentTenant tenant;
    private final ObjectMapper json;
    private final Clock clock;

    public ExternalApiStep(ConnectionService connections, Resilience resilience, HttpCalls calls, CurrentTenant tenant,
            ObjectMapper json, Clock clock) {
        this.connections = connections;
        this.resilience = resilience;
        this.calls = calls;
        this.tenant = tenant;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String type() {
        return "externalApi";
    }

    @Override
    public boolean hasEffect() {
        return true;
    }

    /** Its claim of the idempotency key is its durable start (see {@link HttpCalls#claim}). */
    @Override
    public boolean claimsItsEffect() {
        return true;
    }

    @Override
    public void validate(StepDefinition step, StepValidation validation) {
        Map<String, Object> s = step.settingsOrEmpty();
        validation.connection(step.setting("connectionId"), s.get("connectionId"));
        Object method = s.get("method") == null ? "GET" : s.get("method");
        if (String.valueOf(method).contains("{{")) {
            validation.template(step.setting("method"), method);
        } else if (!METHODS.contains(String.valueOf(method))) {
            validation.oneOf(step.setting("method"), new java.util.TreeSet<>(METHODS));
        }
        if (validation.required(step.setting("url"), s.get("url"))) {
            validation.template(step.setting("url"), s.get("url"));
        }
        if (s.get("headers") != null && !(s.get("headers") instanceof Map)) {
            validation.error(step.setting("headers"), "workflow.definition.headersObject");
        } else if (s.get("headers") instanceof Map<?, ?> headers) {
            headers.forEach((name, value) -> {
                String field = step.setting("headers." + name);
                if (secretName(String.valueOf(name))) {
                    validation.error(field, "workflow.definition.credentialsInDefinition");
                } else {
                    validation.template(field, String.valueOf(value));
                }
            });
        }
        templates(step.setting("body"), s.get("body"), validation);
        Object auth = s.get("auth") == null ? "none" : s.get("auth");
        if (!AUTH.contains(String.valueOf(auth))) {
            validation.oneOf(step.setting("auth"), "none, bearer, signature, header");
        } else if ("header".equals(auth)) {
            validation.required(step.setting("authHeader"), s.get("authHeader"));
        }
    }

    private static void templates(String field, Object value, StepValidation validation) {
        if (value instanceof String text) {
            validation.template(field, text);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> templates(field + "." + k, v, validation));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                templates(field + "[" + i + "]", list.get(i), validation);
            }
        }
    }

    static boolean secretName(String header) {
        String lower = header.toLowerCase(Locale.ROOT);
        return lower.equals("authorization") || lower.contains("token") || lower.contains("secret")
                || lower.contains("api-key") || lower.contains("apikey") || lower.equals("cookie");
    }

    @Override
    public Uni<StepResult> run(StepContext context) {
        UUID tenantId = tenant.id();
        UUID connectionId = UUID.fromString(context.setting("connectionId"));
        String key = context.idempotencyKey();
        ResolvedConnection preloaded = context.connections().get(connectionId);
        Uni<Map<UUID, ResolvedConnection>> resolved = preloaded != null
                ? Uni.createFrom().item(Map.of(connectionId, preloaded)) : connections.resolve(Set.of(connectionId));
        return resolved.chain(found -> {
            ResolvedConnection connection = found.get(connectionId);
            if (connection == null || connection.kind() != ChannelKind.WEBHOOK) {
                throw new StepFailure("connectionId: no WEBHOOK connection with this id", false);
            }
            PlatformRequest request = request(context, connection, key);
            return calls.claim(tenantId, key, context.executionId(), request.method(), request.url(), clock.instant())
                    .chain(earlier -> earlier != null ? Uni.createFrom().item(replay(earlier))
                            : call(tenantId, key, connection, request, context.sandbox()));
        });
    }

    private PlatformRequest request(StepContext context, ResolvedConnection connection, String key) {
        Map<String, Object> s = context.step().settingsOrEmpty();
        String method = context.render(s.get("method") == null ? "GET" : String.valueOf(s.get("method")))
                .trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new StepFailure("method '" + method + "' is not one of " + METHODS, false);
        }
        String url = context.render(context.setting("url")).trim();
        String base = connection.details().id("url");
        if (!within(url, base)) {
            throw new StepFailure("url '" + url + "' does not start with the connection's url", false);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (s.get("headers") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> headers.put(String.valueOf(name), context.render(String.valueOf(value))));
        }
        String body = body(context, s.get("body"), headers);
        headers.put("Idempotency-Key", key);
        String auth = s.get("auth") == null ? "none" : String.valueOf(s.get("auth"));
        switch (auth) {
            case "bearer" -> headers.put("Authorization", "Bearer " + connection.details().credential("secret"));
            case "header" -> headers.put(String.valueOf(s.get("authHeader")), connection.details().credential("secret"));
            case "signature" -> headers.put("X-Signature", WebhookSignature.sign(connection.details().credential("secret"),
                    (body == null ? "" : body).getBytes(StandardCharsets.UTF_8)));
            default -> {
            }
        }
        return new PlatformRequest(method, url, headers, body, true); // a tenant-given URL: checked against private addresses at send time
    }

    /** The URL is the base or under it (not merely sharing its text: api.example.com.evil.net is not under it). */
    static boolean within(String url, String base) {
        if (!url.startsWith(base)) {
            return false;
        }
        if (url.length() == base.length() || base.endsWith("/")) {
            return true;
        }
        char after = url.charAt(base.length());
        return after == '/' || after == '?' || after == '#';
    }

    private String body(StepContext context, Object body, Map<String, String> headers) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            headers.putIfAbsent("Content-Type", "text/plain; charset=utf-8");
            return context.render(text);
        }
        headers.putIfAbsent("Content-Type", "application/json");
        try {
            return json.writeValueAsString(rendered(context, body));
        } catch (JsonProcessingException e) {
            throw new StepFailure("body cannot be written as JSON", false);
        }
    }

    private static Object rendered(StepContext context, Object value) {
        if (value instanceof String text) {
            return context.render(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), rendered(context, v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(rendered(context, v)));
            return out;
        }
        return value;
    }

    /** The same key was claimed before (a resumed execution): its answer, never a second call. */
    private StepResult replay(Claim earlier) {
        return switch (earlier.state()) {
            case DONE -> StepResult.next(read(earlier.result()));
            case FAILED -> throw new StepFailure(earlier.result(), false);
            case CALLING -> throw new StepFailure("the call may have been made before the service stopped; it is not "
                    + "made twice (check the API, then retry the execution)", false);
        };
    }

    private Uni<StepResult> call(UUID tenantId, String key, ResolvedConnection connection, PlatformRequest request,
            boolean testRun) {
        if (connection.mode() == ConnectionMode.SANDBOX || testRun && !"GET".equals(request.method())) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("simulated", true);
            output.put("method", request.method());
            output.put("url", request.redacted().url());
            return finish(tenantId, key, output);
        }
        return resilience.http("workflow-http/" + tenantId + "/" + connection.id(), ExternalApiStep::classify)
                .send(request)
                .chain(response -> finish(tenantId, key, output(response)))
                .onFailure(PlatformFailure.class).recoverWithUni(failure -> {
                    PlatformFailure f = (PlatformFailure) failure;
                    String reason = "The API call failed: " + f.getMessage();
                    return calls.finish(tenantId, key, State.FAILED, reason, clock.instant())
                            .chain(() -> Uni.createFrom().failure(new StepFailure(reason,
                                    f.isRetryable() && !f.mayHaveArrived())));
                });
    }

    private Uni<StepResult> finish(UUID tenantId, String key, Map<String, Object> output) {
        return calls.finish(tenantId, key, State.DONE, write(output), clock.instant())
                .replaceWith(StepResult.next(output));
    }

    static PlatformFailure classify(PlatformResponse response) {
        if (response.isSuccess()) {
            return null;
        }
        String message = "HTTP " + response.status() + snippet(response.body());
        if (response.status() == 429 || response.status() >= 500) {
            return new PlatformFailure(PlatformFailure.Kind.TRANSIENT, String.valueOf(response.status()), message, null);
        }
        return new PlatformFailure(PlatformFailure.Kind.PERMANENT, String.valueOf(response.status()), message, null);
    }

    private static String snippet(String body) {
        return body == null || body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    private Map<String, Object> output(PlatformResponse response) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("status", response.status());
        Map<String, String> headers = new LinkedHashMap<>();
        KEPT_HEADERS.forEach(name -> {
            if (response.header(name) != null) {
                headers.put(name, response.header(name));
            }
        });
        output.put("headers", headers);
        String body = response.body() == null ? "" : response.body();
        boolean truncated = body.length() > MAX_BODY_CHARS;
        String contentType = response.header("content-type");
        if (!truncated && contentType != null && contentType.contains("json") && !body.isBlank()) {
            output.put("body", readAny(body));
        } else {
            output.put("body", truncated ? body.substring(0, MAX_BODY_CHARS) : body);
        }
        if (truncated) {
            output.put("truncated", true);
        }
        return output;
    }

    private Object readAny(String body) {
        try {
            return json.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            return body;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored API answer is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the API answer", e);
        }
    }
}
