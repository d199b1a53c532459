package com.verticallight.channel.connector;

/** A platform call that did not succeed, classified so callers know whether to retry or ask a person. */
public class PlatformFailure extends RuntimeException {

    public enum Kind {
        /** The token expired or was revoked: the connection needs to be re-authorised. */
        AUTH_EXPIRED,
        /** Throttled; retry after the given delay. */
        RATE_LIMITED,
        /** Timeouts, 5xx, connection errors: worth retrying. */
        TRANSIENT,
        /** The platform refused for a reason retrying will not change (policy, invalid request). */
        PERMANENT,
        /** Our circuit breaker is open for this platform and tenant: not even attempted. */
        CIRCUIT_OPEN,
        /** The action cannot be done on this channel as given (e.g. Instagram without an image). */
        REJECTED
    }

    private final Kind kind;
    private final String platformCode;
    private final Long retryAfterSeconds;
    private final boolean mayHaveArrived;

    public PlatformFailure(Kind kind, String platformCode, String message, Long retryAfterSeconds) {
        this(kind, platformCode, message, retryAfterSeconds, false);
    }

    private PlatformFailure(Kind kind, String platformCode, String message, Long retryAfterSeconds,
            boolean mayHaveArrived) {
        super(message, null, false, false);
        this.kind = kind;
        this.platformCode = platformCode;
        this.retryAfterSeconds = retryAfterSeconds;
        this.mayHaveArrived = mayHaveArrived;
    }

    /**
     * No answer to a request that changes something (a message, a post) after it may have reached the platform: a
     * timeout or a connection closed mid-exchange. Transient, but not sent again, so it can never arrive twice.
     */
    public static PlatformFailure noAnswer(String message) {
        return new PlatformFailure(Kind.TRANSIENT, null, message, null, true);
    }

    public static PlatformFailure rejected(String message) {
        return new PlatformFailure(Kind.REJECTED, null, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String platformCode() {
        return platformCode;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Worth trying again: throttled, or transient and the request surely did not take effect. */
    public boolean isRetryable() {
        return (kind == Kind.TRANSIENT || kind == Kind.RATE_LIMITED) && !mayHaveArrived;
    }

    /** The platform may have done it although we got no answer (see {@link #noAnswer}). */
    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }
}
