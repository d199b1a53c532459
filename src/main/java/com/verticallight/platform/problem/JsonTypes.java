package com.verticallight.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What a field of a given Java type takes in JSON, said the way a client reads it in a 400. */
final class JsonTypes {

    private JsonTypes() {
    }

    static Optional<String> expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return Optional.of("must be a whole number");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return Optional.of("must be a number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of("must be true or false");
        }
        if (type == String.class) {
            return Optional.of("must be a string");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return Optional.of("must be an ISO-8601 instant such as 2026-03-14T09:30:00Z");
        }
        if (type == LocalDate.class) {
            return Optional.of("must be an ISO-8601 date such as 2026-03-14");
        }
        if (type == LocalDateTime.class) {
            return Optional.of("must be an ISO-8601 local date-time such as 2026-03-14T15:00:00");
        }
        if (type == LocalTime.class) {
            return Optional.of("must be a time such as 09:30");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Optional.of("must be an array");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return Optional.of("must be an object");
        }
        return Optional.empty();
    }
}
