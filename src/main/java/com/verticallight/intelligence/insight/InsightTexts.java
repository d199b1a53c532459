package com.verticallight.intelligence.insight;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** An insight's evidence as message arguments: numbers stay numbers, ISO instants become dates ICU formats. */
final class InsightTexts {

    private InsightTexts() {
    }

    static Map<String, Object> arguments(Map<String, Object> evidence) {
        Map<String, Object> args = new HashMap<>();
        evidence.forEach((name, value) -> {
            if (value instanceof Number) {
                args.put(name, value);
            } else if (value instanceof String text) {
                args.put(name, instant(text).<Object>map(Date::from).orElse(text));
            }
        });
        return args;
    }

    private static java.util.Optional<Instant> instant(String text) {
        try {
            return java.util.Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            return java.util.Optional.empty();
        }
    }
}
