package com.verticallight.platform.problem;

import com.verticallight.i18n.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A domain failure the client can act on; rendered as problem+json with its status. Every text a person reads is a
 * catalogue key ({@link Text}, problems catalogue) written in the reader's language when the answer goes out; there
 * is no factory taking an English sentence, and {@code ProblemTextsTest} fails on a sentence given as a literal.
 */
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
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }

    /** 429 Too Many Requests with a Retry-After header of at least one second. */
    public static ProblemException tooManyRequests(Text detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(429, "Too Many Requests", detail), Math.max(1, retryAfterSeconds));
    }

    /**
     * 404 for a thing named by its English noun ("Contact", "Workflow version"): the detail is the catalogue's
     * sentence notFound.&lt;noun in camel case&gt;, or a general "was not found" when the catalogue has none.
     */
    public static ProblemException notFound(String thing) {
        return new ProblemException(Problem.of(404, "Not Found", notFoundText(thing)));
    }

    public static ProblemException conflict(Text detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    public static ProblemException forbidden(Text detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException unauthorized(Text detail) {
        return new ProblemException(Problem.of(401, "Unauthorized", detail));
    }

    /** 400 naming a field, with a message from the catalogue (written in the reader's language). */
    public static ProblemException invalid(String field, Text message) {
        return invalid(List.of(Problem.FieldError.of(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "Bad Request", Text.of("problem.detail.invalidFields"))
                .withErrors(errors));
    }

    public static ProblemException invalidKeyed(String field, String key, Map<String, ?> args) {
        return invalid(field, Text.of(key, args));
    }

    static Text notFoundText(String thing) {
        String key = "notFound." + camel(thing);
        return com.verticallight.i18n.Catalogue.problems().has(key) ? Text.of(key) : Text.of("notFound.other");
    }

    private static String camel(String words) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : words.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = key.length() > 0;
            } else {
                key.append(upper ? Character.toUpperCase(c) : key.length() == 0 ? Character.toLowerCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}
