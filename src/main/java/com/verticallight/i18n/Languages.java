package com.verticallight.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The eight languages the service writes in, and how a requested language maps onto one of them. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** English, Spanish, French, German, Hindi, Japanese, Simplified Chinese, Arabic. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("de"), Locale.forLanguageTag("hi"),
            Locale.forLanguageTag("ja"), Locale.forLanguageTag("zh-CN"), Locale.forLanguageTag("ar"));

    private Languages() {
    }

    /** The supported language a tag such as "hi-IN", "zh-Hans" or "es-MX" falls under; empty if none. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        String language = wanted.getLanguage();
        if (language.equals("zh")) {
            boolean traditional = "Hant".equals(wanted.getScript())
                    || List.of("TW", "HK", "MO").contains(wanted.getCountry());
            return traditional ? Optional.empty() : Optional.of(Locale.forLanguageTag("zh-CN"));
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The first supported language of an Accept-Language header, by its q-values; empty if none or malformed. */
    public static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*"))
                    .map(range -> supported(range.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * The language to write in for a reader: the person's own choice, else what the request asks for
     * (Accept-Language), else the business's language, else English.
     */
    public static Locale resolve(String personLanguage, String acceptLanguage, String businessLanguage) {
        return supported(personLanguage)
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .or(() -> supported(businessLanguage))
                .orElse(ENGLISH);
    }

    /**
     * The locale to write an amount of this currency in for a reader: the language with the currency's home region
     * when the language is spoken there (en or hi with INR gives en-IN / hi-IN, so ₹12,34,567.89).
     */
    public static Locale forCurrency(Locale language, String currency) {
        if (!language.getCountry().isEmpty()) {
            return language;
        }
        if ("INR".equals(currency) && List.of("en", "hi").contains(language.getLanguage())) {
            return new Locale.Builder().setLanguage(language.getLanguage()).setRegion("IN").build();
        }
        return language;
    }

    /**
     * The locale to format numbers, money and dates in: the language with the business's region when the
     * business's locale shares the language (en + en-IN gives en-IN, so ₹12,34,567.89), else hi gets IN.
     */
    public static Locale forFormats(Locale language, String businessLocale) {
        Locale business = businessLocale == null ? null : Locale.forLanguageTag(businessLocale);
        if (business != null && business.getLanguage().equals(language.getLanguage())
                && !business.getCountry().isEmpty()) {
            return business;
        }
        if (language.getLanguage().equals("hi") && language.getCountry().isEmpty()) {
            return Locale.forLanguageTag("hi-IN");
        }
        return language;
    }
}
