package com.verticallight.platform.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, with the fields that went wrong and, for plan limits, the limit. Title,
 * detail and field messages that come from the messages catalogue are written in the reader's language by
 * {@link #in(Locale)}; texts given as plain strings stay as they are.
 */
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
        Long allowed,
        @JsonIgnore @Schema(hidden = true) Text detailText) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with a detail that is not a catalogue text: only for this package's English-only answers. */
    static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, null, null, null, null, null);
    }

    /** A problem whose detail is a catalogue text (English until written for a reader). */
    public static Problem of(int status, String title, Text detail) {
        return new Problem(typeFor(status), title, status, detail.in(Languages.ENGLISH), null, null, null, null,
                detail);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, limit, allowed, detailText);
    }

    public Problem withLimit(String limitName, long allowedValue) {
        return new Problem(type, title, status, detail, instance, errors, limitName, allowedValue, detailText);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, limit, allowed, detailText);
    }

    /** This problem written for a reader: the status's title, and every catalogue text, in their language. */
    public Problem in(Locale locale) {
        String localTitle = Catalogue.messages().keyOfEnglish("problem.title.", title)
                .map(key -> Catalogue.messages().format(locale, key)).orElse(title);
        String localDetail = detailText == null ? detail : detailText.in(locale);
        List<FieldError> localErrors = errors == null ? null : errors.stream().map(e -> e.in(locale)).toList();
        return new Problem(type, localTitle, status, localDetail, instance, localErrors, limit, allowed, detailText);
    }

    private static String typeFor(int status) {
        return "https://vertical-light.dev/problems/" + status;
    }

    @Schema(name = "FieldError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message, @JsonIgnore @Schema(hidden = true) Text text) {

        /** A field message from the catalogue, e.g. keyed("phone", "error.phone", Map.of()). */
        public static FieldError keyed(String field, String key, Map<String, ?> args) {
            return of(field, Text.of(key, args));
        }

        public static FieldError of(String field, Text text) {
            return new FieldError(field, text.in(Languages.ENGLISH), text);
        }

        /** The same message for another field (a row's field inside a list: "sales[2].phone"). */
        public FieldError at(String otherField) {
            return new FieldError(otherField, message, text);
        }

        /** This message written for a reader (a message without a catalogue text stays as it is). */
        public FieldError in(Locale locale) {
            return text == null ? this : new FieldError(field, text.in(locale), text);
        }
    }
}
