package com.verticallight.channel.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a platform that keeps failing for one tenant: after {@code threshold} consecutive failures
 * it opens for {@code openFor}; then one trial call is let through (half-open); its success closes the
 * circuit, its failure opens it again.
 */
public class CircuitBreaker {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int consecutiveFailures;
    private Instant openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public synchronized boolean tryAcquire() {
        State state = state();
        if (state == State.CLOSED) {
            return true;
        }
        if (state == State.HALF_OPEN && !trialInFlight) {
            trialInFlight = true;
            return true;
        }
        return false;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= threshold) {
            openUntil = clock.instant().plus(openFor);
        }
        trialInFlight = false;
    }

    public synchronized State state() {
        if (openUntil == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
    }
}
