package com.verticallight.channel.gateway;

import com.verticallight.channel.connector.PlatformFailure;
import com.verticallight.channel.connector.PlatformHttp;
import com.verticallight.channel.connector.PlatformRequest;
import com.verticallight.channel.connector.PlatformResponse;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The live path of one action: every request goes through the tenant's circuit breaker for the platform,
 * is classified by the connector, and is retried per the policy. Each attempt is recorded (redacted).
 */
class ResilientHttp implements PlatformHttp {

    private final PlatformHttp transport;
    private final Function<PlatformResponse, PlatformFailure> classify;
    private final RetryPolicy policy;
    private final CircuitBreaker breaker;
    private final List<PlatformRequest> attempts = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
    private java.util.function.Supplier<Uni<Boolean>> beforeFirstRequest;

    ResilientHttp(PlatformHttp transport, Function<PlatformResponse, PlatformFailure> classify, RetryPolicy policy,
            CircuitBreaker breaker) {
        this.transport = transport;
        this.classify = classify;
        this.policy = policy;
        this.breaker = breaker;
    }

    /**
     * Runs {@code mark} (which must commit "request started" on the delivery) before the first request leaves; when
     * it answers false another sender started this delivery, and nothing is sent ({@link DeliveryTaken}).
     */
    ResilientHttp beforeFirstRequest(java.util.function.Supplier<Uni<Boolean>> mark) {
        this.beforeFirstRequest = mark;
        return this;
    }

    List<PlatformRequest> attempts() {
        return attempts;
    }

    @Override
    public Uni<PlatformResponse> send(PlatformRequest request) {
        return attempt(request, 1);
    }

    private Uni<PlatformResponse> attempt(PlatformRequest request, int attempt) {
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(new PlatformFailure(PlatformFailure.Kind.CIRCUIT_OPEN, null,
                    "Paused after repeated failures of this platform; trying again shortly", null));
        }
        return markedStarted().chain(() -> {
            attempts.add(request.redacted());
            return transport.send(request);
        })
                .map(this::acceptOrFail)
                .invoke(breaker::onSuccess)
                .onFailure(PlatformFailure.class).recoverWithUni(failure -> retryOrFail((PlatformFailure) failure,
                        request, attempt));
    }

    private Uni<Void> markedStarted() {
        if (beforeFirstRequest == null || !started.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return beforeFirstRequest.get().invoke(marked -> {
            if (!marked) {
                throw new DeliveryTaken();
            }
        }).replaceWithVoid();
    }

    private PlatformResponse acceptOrFail(PlatformResponse response) {
        PlatformFailure failure = classify.apply(response);
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    private Uni<PlatformResponse> retryOrFail(PlatformFailure failure, PlatformRequest request, int attempt) {
        if (failure.isRetryable() || failure.mayHaveArrived()) {
            breaker.onFailure();
        } else {
            breaker.onSuccess(); // the platform answered: it is up, it just said no
        }
        return policy.delayAfter(failure, attempt)
                .map(delay -> later(delay).chain(() -> attempt(request, attempt + 1)))
                .orElseGet(() -> Uni.createFrom().failure(failure));
    }

    private static Uni<Void> later(Duration delay) {
        return delay.isZero() ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(delay);
    }
}
