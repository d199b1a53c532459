package com.verticallight.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A message's arguments made ready for a language: amounts, days and nested phrases are written as CLDR says for
 * that language before ICU fills them in. Each kind has an in-memory form and a JSON form (for texts kept with a
 * stored row): {@link Money} or {"minor": 270000, "currency": "INR"}; {@link LocalDate} or {"day": "2026-12-31"};
 * {@link Moment} or {"instant": "2026-12-07T20:34:00Z", "zone": "Asia/Kolkata"} (a date and time; no zone: UTC named);
 * {@link Phrase} or {"key": "festival.diwali", "args": {…}} (a text of the same catalogue); {"country": "IN"} for
 * a country's name.
 */
final class Arguments {

    private Arguments() {
    }

    static Map<String, Object> prepared(Catalogue catalogue, Locale locale, Map<String, ?> args) {
        if (args == null || args.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> ready = new HashMap<>();
        args.forEach((name, value) -> ready.put(name, value == null ? "" : prepared(catalogue, locale, value)));
        return ready;
    }

    @SuppressWarnings("unchecked")
    private static Object prepared(Catalogue catalogue, Locale locale, Object value) {
        if (value instanceof Money money) {
            return Formats.money(money.minor(), money.currency(), Languages.forCurrency(formatting(locale), money.currency()));
        }
        if (value instanceof LocalDate day) {
            return Formats.day(day, formatting(locale));
        }
        if (value instanceof Moment moment) {
            return Formats.moment(moment.instant(), moment.zone(), formatting(locale));
        }
        if (value instanceof Phrase phrase) {
            return holding(catalogue, phrase.key()).format(locale, phrase.key(), phrase.args());
        }
        if (value instanceof Map<?, ?> map) {
            return fromJson(catalogue, locale, (Map<String, Object>) map);
        }
        return value;
    }

    private static Object fromJson(Catalogue catalogue, Locale locale, Map<String, Object> map) {
        if (map.get("currency") instanceof String currency && map.get("minor") instanceof Number minor) {
            return prepared(catalogue, locale, new Money(minor.longValue(), currency));
        }
        if (map.get("day") instanceof String day) {
            return prepared(catalogue, locale, LocalDate.parse(day));
        }
        if (map.get("instant") instanceof String instant) {
            ZoneId zone = map.get("zone") instanceof String id ? ZoneId.of(id) : null;
            return prepared(catalogue, locale, new Moment(Instant.parse(instant), zone));
        }
        if (map.get("country") instanceof String country) {
            return new com.ibm.icu.util.ULocale("und_" + country).getDisplayCountry(com.ibm.icu.util.ULocale.forLocale(locale));
        }
        if (map.get("key") instanceof String key) {
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = map.get("args") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
            return holding(catalogue, key).format(locale, key, nested);
        }
        return map.toString();
    }

    /** A nested phrase's key is looked up in the catalogue of the text around it, else in the owner catalogue. */
    private static Catalogue holding(Catalogue around, String key) {
        return around.has(key) ? around : Catalogue.owner();
    }

    /** hi alone formats as hi-IN (Indian grouping, the Indian calendar's names). */
    private static Locale formatting(Locale locale) {
        return Languages.forFormats(locale, null);
    }
}
