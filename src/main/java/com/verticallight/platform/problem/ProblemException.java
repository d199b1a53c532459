package com.verticallight.platform.problem;

import java.util.List;

/** A domain failure the client can act on; rendered as problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not Found", what + " was not found"));
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
        return new ProblemException(Problem.of(400, "Bad Request", "The request has invalid fields")
                .withErrors(errors));
    }
}
