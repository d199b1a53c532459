package com.verticallight.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A message catalogue: {@code i18n/<name>_<language>.properties} (UTF-8) for each of the eight languages,
 * every value an ICU MessageFormat pattern with named arguments ({count, plural, one {…} other {…}},
 * {gender, select, …}). Loaded once from the class path; {@code CatalogueCheckTest} fails the build on a key
 * missing in a language or a placeholder that differs from English.
 */
public final class Catalogue {

    public static final String MESSAGES = "messages";
    public static final String GUIDANCE = "guidance";
    /** Problem details and validation messages (a catalogue of its own: keys by feature). */
    public static final String PROBLEMS = "problems";
    /** What the service writes for owners and their team: plan, tasks, budget, insights, e-mails. */
    public static final String OWNER = "owner";
    /** What goes out to the business's customers: posts, reminders, review requests, lead messages. */
    public static final String CUSTOMER = "customer";

    private static final Map<String, Catalogue> LOADED = new ConcurrentHashMap<>();

    private final String name;
    private final Map<String, Properties> byLanguage;

    private Catalogue(String name, Map<String, Properties> byLanguage) {
        this.name = name;
        this.byLanguage = byLanguage;
    }

    /** The catalogue of this name, loaded on first use. */
    public static Catalogue named(String name) {
        return LOADED.computeIfAbsent(name, Catalogue::load);
    }

    public static Catalogue messages() {
        return named(MESSAGES);
    }

    public static Catalogue problems() {
        return named(PROBLEMS);
    }

    /** The catalogue that holds a key: problems for problem details and validation messages, else messages. */
    public static Catalogue holding(String key) {
        return problems().has(key) ? problems() : messages();
    }

    public static Catalogue owner() {
        return named(OWNER);
    }

    public static Catalogue customer() {
        return named(CUSTOMER);
    }

    /** The text for a key in a language, arguments filled in; English if the language lacks it, the key if none has it. */
    public String format(Locale locale, String key, Map<String, ?> args) {
        Locale language = Languages.supported(locale.toLanguageTag()).orElse(Languages.ENGLISH);
        String pattern = pattern(language, key).or(() -> pattern(Languages.ENGLISH, key)).orElse(null);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(Arguments.prepared(this, locale, args));
    }

    public String format(Locale locale, String key) {
        return format(locale, key, Map.of());
    }

    public boolean has(String key) {
        return pattern(Languages.ENGLISH, key).isPresent();
    }

    /** The key under a prefix whose English text is exactly this (titles set as English strings in code). */
    public Optional<String> keyOfEnglish(String prefix, String english) {
        Properties texts = byLanguage.get("en");
        if (texts == null || english == null) {
            return Optional.empty();
        }
        return texts.stringPropertyNames().stream()
                .filter(key -> key.startsWith(prefix) && english.equals(texts.getProperty(key)))
                .findFirst();
    }

    /** The raw pattern of a key in exactly this language (no fallback). */
    public Optional<String> pattern(Locale language, String key) {
        Properties texts = byLanguage.get(fileSuffix(language));
        return Optional.ofNullable(texts == null ? null : texts.getProperty(key));
    }

    /** Every language's texts, by file suffix (en, es, …, zh_CN, ar); for the catalogue check. */
    public Map<String, Properties> all() {
        return byLanguage;
    }

    public String name() {
        return name;
    }

    public static String fileSuffix(Locale language) {
        return language.getCountry().isEmpty() ? language.getLanguage()
                : language.getLanguage() + "_" + language.getCountry();
    }

    public static String resource(String name, Locale language) {
        return "i18n/" + name + "_" + fileSuffix(language) + ".properties";
    }

    private static Catalogue load(String name) {
        Map<String, Properties> byLanguage = new HashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            String path = resource(name, language);
            try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    continue; // the catalogue check reports it
                }
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                byLanguage.put(fileSuffix(language), texts);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        return new Catalogue(name, Map.copyOf(byLanguage));
    }
}
