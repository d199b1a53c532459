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

/** What a field of a given Java type takes in JSON, as the catalogue key of the sentence a 400 says it with. */
final class JsonTypes {

    private JsonTypes() {
    }

    static Optional<String> expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return Optional.of("error.type.wholeNumber");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return Optional.of("error.type.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of("error.type.boolean");
        }
        if (type == String.class) {
            return Optional.of("error.type.string");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return Optional.of("error.type.instant");
        }
        if (type == LocalDate.class) {
            return Optional.of("error.type.date");
        }
        if (type == LocalDateTime.class) {
            return Optional.of("error.type.localDateTime");
        }
        if (type == LocalTime.class) {
            return Optional.of("error.type.time");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Optional.of("error.type.array");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return Optional.of("error.type.object");
        }
        return Optional.empty();
    }
}
