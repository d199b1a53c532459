package com.verticallight.i18n;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A text kept as its catalogue key and arguments, so it can be written in whatever language its reader has.
 * Arguments are plain values, {@link Money}, {@link LocalDate} and {@link Moment} (kept in JSON as {"minor",
 * "currency"}, {"day"} and {"instant", "zone"}), or other phrases (a festival's name, a channel's name).
 */
public record Phrase(String key, Map<String, Object> args) {

    public Phrase {
        args = args == null ? Map.of() : args;
    }

    public static Phrase of(String key) {
        return new Phrase(key, Map.of());
    }

    /** A phrase from pairs of name and value: of("owner.x", "city", "Kolkata", "days", 24). */
    public static Phrase of(String key, Object... namesAndValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], json(namesAndValues[i + 1]));
        }
        return new Phrase(key, args);
    }

    /** Written in a language from a catalogue. */
    public String in(Catalogue catalogue, Locale locale) {
        return catalogue.format(locale, key, args);
    }

    /** Written in a language from the owner catalogue. */
    public String in(Locale locale) {
        return in(Catalogue.owner(), locale);
    }

    /** The JSON-friendly form of an argument, so a stored phrase reads back the same. */
    private static Object json(Object value) {
        if (value instanceof Money money) {
            return Map.of("minor", money.minor(), "currency", money.currency());
        }
        if (value instanceof LocalDate day) {
            return Map.of("day", day.toString());
        }
        if (value instanceof Moment moment) {
            return moment.zone() == null ? Map.of("instant", moment.instant().toString())
                    : Map.of("instant", moment.instant().toString(), "zone", moment.zone().getId());
        }
        if (value instanceof Phrase phrase) {
            return Map.of("key", phrase.key(), "args", phrase.args());
        }
        return value;
    }
}
