package com.verticallight.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, with the fields that went wrong and, for plan limits, the limit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details", example = """
        {"type": "https://vertical-light.dev/problems/400", "title": "Bad Request", "status": 400,
         "detail": "The request has invalid fields", "instance": "/api/v1/contacts",
         "errors": [{"field": "phone", "message": "is not a valid phone number"}]}
        """)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String limit,
        Long allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, limit, allowed);
    }

    public Problem withLimit(String limitName, long allowedValue) {
        return new Problem(type, title, status, detail, instance, errors, limitName, allowedValue);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, limit, allowed);
    }

    private static String typeFor(int status) {
        return "https://vertical-light.dev/problems/" + status;
    }

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }
}
