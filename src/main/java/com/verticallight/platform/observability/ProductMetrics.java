package com.verticallight.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The product's counters and timers, recorded where the thing happens (the gateway, the engine). Tags are bounded
 * sets only (platform, outcome, job kind): never a tenant, user or delivery id. Meters are cached per tag pair, so
 * recording costs a map lookup and an atomic add.
 */
@ApplicationScoped
public class ProductMetrics {

    @Inject
    MeterRegistry registry;

    private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Timer> platformCalls = new ConcurrentHashMap<>();
    private final Map<String, Counter> workflowExecutions = new ConcurrentHashMap<>();

    /** One delivery reached an outcome (SENT, SIMULATED, FAILED, UNCERTAIN, REFUSED, DEFERRED) on a platform. */
    public void delivery(String platform, String outcome) {
        deliveries.computeIfAbsent(platform + "/" + outcome, key -> Counter.builder("vlos.deliveries")
                .description("Deliveries by platform and outcome")
                .tag("platform", platform).tag("outcome", outcome)
                .register(registry)).increment();
    }

    /** The timer of one platform's HTTP calls (each attempt, answered or failed). */
    public Timer platformCall(String platform) {
        return platformCalls.computeIfAbsent(platform, key -> Timer.builder("vlos.platform.calls")
                .description("Latency of calls to an external platform, per attempt")
                .tag("platform", platform)
                // eight fixed buckets per platform for p95 in Grafana (histogram_quantile), not Micrometer's ~70
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
                        Duration.ofSeconds(10))
                .register(registry));
    }

    /** A workflow execution ended (SUCCEEDED or FAILED). */
    public void workflowExecution(String outcome) {
        workflowExecutions.computeIfAbsent(outcome, key -> Counter.builder("vlos.workflow.executions")
                .description("Workflow executions that ended, by outcome")
                .tag("outcome", outcome)
                .register(registry)).increment();
    }
}
