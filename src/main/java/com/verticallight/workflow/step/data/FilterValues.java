package com.verticallight.workflow.step.data;

import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Text;
import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.data.NamedQuery.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** Reads a filter value (static, or rendered from a template) as its kind: what is wrong with it, or its value. */
final class FilterValues {

    private FilterValues() {
    }

    /** Null when the value is good for the filter; else what is wrong (a problems catalogue text). */
    static Text problem(Filter filter, Object value) {
        try {
            parse(filter, value);
            return null;
        } catch (StepFailure e) {
            return expected(filter, text(value));
        }
    }

    /** The value as the statement's parameter; a StepFailure (not retried) naming the filter when it is not one. */
    static Object parse(Filter filter, Object value) {
        String text = text(value);
        try {
            return switch (filter.kind()) {
                case UUID -> UUID.fromString(text);
                case TEXT -> text(filter, text);
                case NUMBER -> value instanceof Number n ? (Object) n.longValue() : (Object) Long.parseLong(text);
                case TIME -> time(text);
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new StepFailure(filter.name() + " " + expected(filter, text).in(Languages.ENGLISH), false);
        }
    }

    private static String text(Filter filter, String text) {
        if (text.isEmpty() || !filter.allowed().isEmpty() && !filter.allowed().contains(text)) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    /** An instant (2026-12-07T09:00:00Z) or a date (the start of that day, UTC). */
    private static OffsetDateTime time(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        return Instant.parse(text).atOffset(ZoneOffset.UTC);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).trim();
    }

    /** What the filter takes, and the value given: "must be a whole number, not 'ten'". */
    private static Text expected(Filter filter, String given) {
        return switch (filter.kind()) {
            case UUID -> Text.of("workflow.definition.filterUuid", Map.of("value", given));
            case TEXT -> filter.allowed().isEmpty() ? Text.of("workflow.definition.filterNotEmpty", Map.of("value", given))
                    : Text.of("workflow.definition.filterOneOf",
                            Map.of("values", new java.util.TreeSet<>(filter.allowed()).toString(), "value", given));
            case NUMBER -> Text.of("workflow.definition.filterWholeNumber", Map.of("value", given));
            case TIME -> Text.of("workflow.definition.filterTime", Map.of("value", given));
        };
    }
}
