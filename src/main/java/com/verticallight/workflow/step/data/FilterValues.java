package com.verticallight.workflow.step.data;

import com.verticallight.workflow.step.StepFailure;
import com.verticallight.workflow.step.data.NamedQuery.Filter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Reads a filter value (static, or rendered from a template) as its kind: what is wrong with it, or its value. */
final class FilterValues {

    private FilterValues() {
    }

    /** Null when the value is good for the filter; else what is wrong. */
    static String problem(Filter filter, Object value) {
        try {
            parse(filter, value);
            return null;
        } catch (StepFailure e) {
            return e.getMessage().substring(e.getMessage().indexOf(' ') + 1);
        }
    }

    /** The value as the statement's parameter; a StepFailure (not retried) naming the filter when it is not one. */
    static Object parse(Filter filter, Object value) {
        String text = value == null ? "" : String.valueOf(value).trim();
        try {
            return switch (filter.kind()) {
                case UUID -> UUID.fromString(text);
                case TEXT -> text(filter, text);
                case NUMBER -> value instanceof Number n ? (Object) n.longValue() : (Object) Long.parseLong(text);
                case TIME -> time(text);
            };
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new StepFailure(filter.name() + " " + expected(filter) + ", not '" + text + "'", false);
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

    private static String expected(Filter filter) {
        return switch (filter.kind()) {
            case UUID -> "must be an id (a UUID)";
            case TEXT -> filter.allowed().isEmpty() ? "must not be empty"
                    : "must be one of " + new java.util.TreeSet<>(filter.allowed());
            case NUMBER -> "must be a whole number";
            case TIME -> "must be a time such as 2026-12-07T09:00:00Z or a date such as 2026-12-07";
        };
    }
}
