package com.verticallight.i18n;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a stored row (a task's title, reason, trigger…) kept as phrases of the owner catalogue, field by
 * field, beside the English text the row also keeps. A view writes each field in its reader's language; a field
 * without a phrase is shown as stored (the owner's own words, or a row from before words were kept).
 */
public record Words(Map<String, Phrase> fields) {

    public Words {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public static Words of(String field, Phrase phrase, Object... more) {
        Map<String, Phrase> fields = new LinkedHashMap<>();
        fields.put(field, phrase);
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] != null) {
                fields.put((String) more[i], (Phrase) more[i + 1]);
            }
        }
        return new Words(fields);
    }

    /** This with one more field. */
    public Words with(String field, Phrase phrase) {
        Map<String, Phrase> all = new LinkedHashMap<>(fields);
        all.put(field, phrase);
        return new Words(all);
    }

    /** The field in a language, or the stored text when the field has no phrase. */
    public static String text(Words words, String field, Locale locale, String stored) {
        Phrase phrase = words == null ? null : words.fields().get(field);
        return phrase == null ? stored : phrase.in(locale);
    }

    /** The field in English, as the row stores it. */
    public String english(String field) {
        Phrase phrase = fields.get(field);
        return phrase == null ? null : phrase.in(Languages.ENGLISH);
    }
}
