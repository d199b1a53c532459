package com.verticallight.notification;

import com.verticallight.i18n.Catalogue;
import com.verticallight.i18n.Languages;
import com.verticallight.i18n.Phrase;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A notification's words, written for each person in their language when it is stored for them. Either keyed
 * (catalogue keys notify.* with arguments, in all eight languages, plus an optional note in the sender's own words
 * such as a review comment) or, for the older kinds not yet moved, English and Hindi strings where {@code mergedTitle}
 * has {@code %d} for how many ("%d new leads").
 */
public record NotificationText(String titleEn, String bodyEn, String titleHi, String bodyHi, String mergedTitleEn,
        String mergedTitleHi, Keyed keyed) {

    /** Catalogue keys (body and merged title may be null), their arguments, and a note appended to the body as is. */
    public record Keyed(String titleKey, String bodyKey, String mergedKey, Map<String, ?> args, String note) {
    }

    public NotificationText(String titleEn, String bodyEn, String titleHi, String bodyHi, String mergedTitleEn,
            String mergedTitleHi) {
        this(titleEn, bodyEn, titleHi, bodyHi, mergedTitleEn, mergedTitleHi, null);
    }

    public static NotificationText english(String title, String body) {
        return new NotificationText(title, body, null, null, null, null);
    }

    public static NotificationText keyed(String titleKey, String bodyKey, String mergedKey, Map<String, ?> args,
            String note) {
        return new NotificationText(null, null, null, null, null, null,
                new Keyed(titleKey, bodyKey, mergedKey, args, note));
    }

    public String title(String language) {
        if (keyed != null) {
            return texts(keyed.titleKey()).format(locale(language), keyed.titleKey(), keyed.args());
        }
        return "hi".equals(language) && titleHi != null ? titleHi : titleEn;
    }

    public String body(String language) {
        if (keyed != null) {
            String body = keyed.bodyKey() == null ? null
                    : texts(keyed.bodyKey()).format(locale(language), keyed.bodyKey(), keyed.args());
            String note = keyed.note() == null || keyed.note().isBlank() ? null : keyed.note();
            return body == null ? note : note == null ? body : body + " · " + note;
        }
        return "hi".equals(language) && titleHi != null ? bodyHi : bodyEn;
    }

    public String mergedTitle(String language, int count) {
        if (keyed != null) {
            if (keyed.mergedKey() == null) {
                return null;
            }
            Map<String, Object> args = new HashMap<>(keyed.args());
            args.put("count", count);
            return texts(keyed.mergedKey()).format(locale(language), keyed.mergedKey(), args);
        }
        String pattern = "hi".equals(language) && mergedTitleHi != null ? mergedTitleHi : mergedTitleEn;
        return pattern == null ? null : String.format(pattern, count);
    }

    /** The messages catalogue, or the owner catalogue for the texts moved there (anomalies, models, the digest). */
    private static Catalogue texts(String key) {
        return Catalogue.messages().has(key) ? Catalogue.messages() : Catalogue.owner();
    }

    /** The keyed words as JSON to keep with the stored notification; null for the older English/Hindi kinds. */
    public String wordsJson() {
        if (keyed == null) {
            return null;
        }
        Map<String, Object> words = new HashMap<>();
        words.put("titleKey", keyed.titleKey());
        words.put("bodyKey", keyed.bodyKey());
        words.put("mergedKey", keyed.mergedKey());
        words.put("args", Phrase.of("unused", flat(keyed.args())).args());
        words.put("note", keyed.note());
        return com.verticallight.platform.json.JsonText.write(words);
    }

    /** Kept words read back, to write the notification in another language. */
    @SuppressWarnings("unchecked")
    public static NotificationText fromWords(String json) {
        Map<String, Object> words = com.verticallight.platform.json.JsonText.read(json, Map.class);
        Object args = words.get("args");
        return keyed((String) words.get("titleKey"), (String) words.get("bodyKey"), (String) words.get("mergedKey"),
                args instanceof Map<?, ?> map ? (Map<String, ?>) map : Map.of(), (String) words.get("note"));
    }

    private static Object[] flat(Map<String, ?> args) {
        return args.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray();
    }

    private static Locale locale(String language) {
        return Languages.supported(language).orElse(Languages.ENGLISH);
    }
}
