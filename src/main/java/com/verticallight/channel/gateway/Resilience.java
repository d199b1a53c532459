package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.AddressGuard;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.GuardedHttp;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.VertxPlatformHttp;
import com.verticallight.platform.observability.ProductMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.verticallight.tenant.ConcurrencyWeights;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shared machinery of live calls: one HTTP client, a circuit breaker per tenant and platform, and the
 * concurrency bounds (global, and per tenant so one busy tenant cannot take every slot; under contention slots are
 * shared by plan weight, {@link ConcurrencyWeights}).
 */
@ApplicationScoped
public class Resilience {

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    AddressGuard addressGuard;

    @Inject
    Clock clock;

    @Inject
    ProductMetrics metrics;

    @Inject
    MeterRegistry registry;

    @Inject
    ConcurrencyWeights weights;

    private PlatformHttp transport;
    private FairLimiter<UUID> limiter;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final java.util.Set<String> platformsWithGauges = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void init() {
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setMaxPoolSize(config.concurrency().global())
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("VerticalLightOS/0.1")
                .setFollowRedirects(false)); // a redirect could lead a tenant's URL to a private address
        transport = new GuardedHttp(new VertxPlatformHttp(client, config.timeout()), addressGuard);
        limiter = new FairLimiter<>(config.concurrency().global(), config.concurrency().perTenant(), weights::weight);
    }

    ResilientHttp http(ResolvedConnection connection, Connector connector) {
        String platform = connection.kind().name();
        return new ResilientHttp(new TimedHttp(transport, metrics.platformCall(platform)), connector::classify,
                policy(), breaker(connection));
    }

    private RetryPolicy policy() {
        return new RetryPolicy(config.retry().maxAttempts(), config.retry().baseDelay(), config.retry().maxDelay(),
                config.retry().maxRetryAfter(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * A resilient client for a platform the service calls on its own account rather than through a tenant's
     * connection (e.g. Google Places): the same transport, retry policy and a breaker named by {@code breakerKey}.
     */
    public PlatformHttp http(String breakerKey, Function<PlatformResponse, PlatformFailure> classify) {
        String platform = platformOf(breakerKey);
        return new ResilientHttp(new TimedHttp(transport, metrics.platformCall(platform)), classify, policy(),
                breakerNamed(breakerKey));
    }

    /** The breaker of this connection's tenant and platform. */
    public CircuitBreaker breaker(ResolvedConnection connection) {
        return breakerNamed(connection.details().tenantId() + "/" + connection.kind());
    }

    private CircuitBreaker breakerNamed(String key) {
        CircuitBreaker breaker = breakers.get(key);
        if (breaker != null) {
            return breaker;
        }
        circuitGauges(platformOf(key));
        return breakers.computeIfAbsent(key,
                k -> new CircuitBreaker(config.circuit().failureThreshold(), config.circuit().openFor(), clock));
    }

    /** vlos_circuits{platform,state}: how many breakers (one per tenant and platform) are in each state. */
    private void circuitGauges(String platform) {
        if (!platformsWithGauges.add(platform)) {
            return;
        }
        for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            Gauge.builder("vlos.circuits", breakers, all -> all.entrySet().stream()
                    .filter(e -> platformOf(e.getKey()).equals(platform) && e.getValue().state() == state).count())
                    .description("Circuit breakers by platform and state (one per tenant and platform)")
                    .tag("platform", platform).tag("state", state.name()).register(registry);
        }
    }

    /** "tenantId/KIND" names KIND; a service's own key ("workflow-http/...") names its first part. */
    static String platformOf(String breakerKey) {
        int slash = breakerKey.indexOf('/');
        if (slash < 0) {
            return breakerKey;
        }
        String first = breakerKey.substring(0, slash);
        return first.length() == 36 && first.chars().filter(c -> c == '-').count() == 4
                ? breakerKey.substring(slash + 1) : first;
    }

    PlatformHttp transport() {
        return transport;
    }

    /**
     * Within the instance's bound and the tenant's; a freed slot goes to the waiting tenant running the fewest for its
     * plan's weight.
     */
    <T> Uni<T> bounded(UUID tenantId, Supplier<Uni<T>> work) {
        return weights.load(tenantId).chain(weight -> limiter.run(tenantId, work));
    }
}
