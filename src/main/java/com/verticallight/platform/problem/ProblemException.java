package com.verticallight.platform.problem;

import java.util.List;

/** A domain failure the client can act on; rendered as problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds the client should wait before trying again (sent as Retry-After), if known. */
    public java.util.Optional<Long> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }

    /** 429 Too Many Requests with a Retry-After header of at least one second. */
    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(429, "Too Many Requests", detail), Math.max(1, retryAfterSeconds));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found",
                com.verticallight.i18n.Text.of("problem.detail.notFound", java.util.Map.of("what", what))));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "Unauthorized", detail));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "Bad Request",
                com.verticallight.i18n.Text.of("problem.detail.invalidFields")).withErrors(errors));
    }

    /** 400 naming a field, with a message from the catalogue (written in the reader's language). */
    public static ProblemException invalidKeyed(String field, String key, java.util.Map<String, ?> args) {
        return invalid(List.of(Problem.FieldError.keyed(field, key, args)));
    }
}
