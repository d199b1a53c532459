package com.verticallight.i18n;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words kept inside a stored JSON document (a model version's metrics, a prediction's details): a field
 * {@code <name>Words} holding a phrase of the owner catalogue ({"key", "args"}) beside the English {@code <name>}.
 * Read for a person, each such field is written as {@code <name>} in their language and the phrase itself left out.
 */
public final class StoredWords {

    static final String SUFFIX = "Words";

    private StoredWords() {
    }

    /** The document in a language (nested objects and lists too); null stays null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> written(Map<String, Object> document, Locale locale) {
        if (document == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        document.forEach((name, value) -> {
            if (!(name.endsWith(SUFFIX) && phrase(value) != null)) {
                out.put(name, written(value, locale));
            }
        });
        document.forEach((name, value) -> {
            Phrase phrase = name.endsWith(SUFFIX) ? phrase(value) : null;
            if (phrase != null) {
                out.put(name.substring(0, name.length() - SUFFIX.length()), phrase.in(locale));
            }
        });
        return out;
    }

    /** The phrase as it is kept in JSON, for a {@code <name>Words} field. */
    public static Map<String, Object> json(Phrase phrase) {
        return Map.of("key", phrase.key(), "args", phrase.args());
    }

    @SuppressWarnings("unchecked")
    private static Object written(Object value, Locale locale) {
        if (value instanceof Map<?, ?> map) {
            return written((Map<String, Object>) map, locale);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> written(item, locale)).toList();
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Phrase phrase(Object value) {
        if (value instanceof Map<?, ?> map && map.get("key") instanceof String key) {
            Object args = map.get("args");
            return new Phrase(key, args instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of());
        }
        return null;
    }
}
