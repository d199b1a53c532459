package com.verticallight.billing;

import com.verticallight.i18n.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.verticallight.channel.connector.Json;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.VertxPlatformHttp;
import com.verticallight.channel.connector.razorpay.RazorpayRequests;
import com.verticallight.channel.connector.razorpay.RazorpaySandbox;
import com.verticallight.platform.problem.Problem;
import com.verticallight.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.Map;

/**
 * The product's own Razorpay account. LIVE when a key id and secret are configured: requests go to Razorpay. Otherwise
 * SANDBOX: nothing is sent, the answer is Razorpay's shape with "sandbox" ids. Either way each request is recorded
 * (credentials masked) for the tenant it was made for. Call outside any transaction.
 */
@ApplicationScoped
public class ProductRazorpay {

    public static final String SANDBOX_KEY = "sandbox";

    @Inject
    BillingConfig config;

    @Inject
    Vertx vertx;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    private VertxPlatformHttp http;

    @PostConstruct
    void init() {
        http = new VertxPlatformHttp(WebClient.create(vertx, new WebClientOptions().setUserAgent("VerticalLightOS/0.1")
                .setConnectTimeout((int) config.razorpay().timeout().toMillis())), config.razorpay().timeout());
    }

    public boolean live() {
        return config.razorpay().keyId().filter(k -> !k.isBlank()).isPresent()
                && config.razorpay().keySecret().filter(k -> !k.isBlank()).isPresent();
    }

    public String mode() {
        return live() ? "LIVE" : "SANDBOX";
    }

    /** The account the Razorpay plans belong to: the key id, or "sandbox". */
    public String accountKey() {
        return live() ? config.razorpay().keyId().get() : SANDBOX_KEY;
    }

    public RazorpayRequests requests() {
        return new RazorpayRequests(config.razorpay().baseUrl(), config.razorpay().keyId().orElse("sandbox"),
                config.razorpay().keySecret().orElse("sandbox"));
    }

    /** Sends (or, in sandbox, records) the request; the JSON answer, or a 502 problem naming Razorpay's error. */
    public Uni<JsonNode> call(UUID tenantId, PlatformRequest request) {
        Uni<PlatformResponse> answer = live() ? http.send(request)
                : Uni.createFrom().item(RazorpaySandbox.answer(request, UUID.randomUUID().toString().substring(0, 8)));
        return answer.call(response -> record(tenantId, request, response.status()))
                .map(response -> {
                    if (!response.isSuccess()) {
                        JsonNode error = Json.read(response.body()).path("error");
                        throw new ProblemException(Problem.of(502, "Bad Gateway", Text.of("billing.razorpayRefused",
                                Map.of("status", response.status(), "reason", error.path("description").asText("-")))));
                    }
                    return Json.read(response.body());
                });
    }

    private Uni<Void> record(UUID tenantId, PlatformRequest request, int status) {
        PlatformRequest safe = request.redacted();
        return pool.preparedQuery("""
                insert into billing_call (id, tenant_id, mode, method, url, body, status, created_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .execute(Tuple.from(java.util.List.of(UUID.randomUUID(), tenantId, mode(), safe.method(), safe.url(),
                        safe.body() == null ? "" : safe.body(), status, clock.instant().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }
}
