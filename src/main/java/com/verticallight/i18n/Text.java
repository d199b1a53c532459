package com.verticallight.i18n;

import java.util.Locale;
import java.util.Map;

/** A text to be written in the reader's language: a catalogue key and its named arguments. */
public record Text(String key, Map<String, ?> args) {

    public Text {
        args = args == null ? Map.of() : args;
    }

    public static Text of(String key) {
        return new Text(key, Map.of());
    }

    public static Text of(String key, Map<String, ?> args) {
        return new Text(key, args);
    }

    /** Written in a language from the catalogue holding the key (problems, else messages). */
    public String in(Locale locale) {
        return Catalogue.holding(key).format(locale, key, args);
    }
}
