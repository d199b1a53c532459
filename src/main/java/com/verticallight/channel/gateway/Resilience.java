package com.verticallight.channel.gateway;

import com.verticallight.channel.connection.ResolvedConnection;
import com.verticallight.channel.connector.AddressGuard;
import com.verticallight.channel.connector.Connector;
import com.verticallight.channel.connector.GuardedHttp;
import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformResponse;
import com.verticallight.channel.connector.VertxPlatformHttp;
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
 * concurrency bounds (global, and per tenant so one busy tenant cannot take every slot).
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

    private PlatformHttp transport;
    private FairLimiter<UUID> limiter;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        WebClient client = WebClient.create(vertx, new WebClientOptions()
                .setMaxPoolSize(config.concurrency().global())
                .setConnectTimeout((int) config.timeout().toMillis())
                .setUserAgent("VerticalLightOS/0.1")
                .setFollowRedirects(false)); // a redirect could lead a tenant's URL to a private address
        transport = new GuardedHttp(new VertxPlatformHttp(client, config.timeout()), addressGuard);
        limiter = new FairLimiter<>(config.concurrency().global(), config.concurrency().perTenant());
    }

    ResilientHttp http(ResolvedConnection connection, Connector connector) {
        return new ResilientHttp(transport, connector::classify, policy(), breaker(connection));
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
        return new ResilientHttp(transport, classify, policy(), breakers.computeIfAbsent(breakerKey,
                key -> new CircuitBreaker(config.circuit().failureThreshold(), config.circuit().openFor(), clock)));
    }

    /** The breaker of this connection's tenant and platform. */
    public CircuitBreaker breaker(ResolvedConnection connection) {
        return breakers.computeIfAbsent(connection.details().tenantId() + "/" + connection.kind(),
                key -> new CircuitBreaker(config.circuit().failureThreshold(), config.circuit().openFor(), clock));
    }

    PlatformHttp transport() {
        return transport;
    }

    /** Within the instance's bound and the tenant's; a freed slot goes to the waiting tenant running the fewest. */
    <T> Uni<T> bounded(UUID tenantId, Supplier<Uni<T>> work) {
        return limiter.run(tenantId, work);
    }
}
