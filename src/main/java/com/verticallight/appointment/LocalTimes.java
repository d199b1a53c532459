package com.verticallight.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and dates as a customer reads them: in the business's time zone and language. */
public final class LocalTimes {

    private LocalTimes() {
    }

    /** e.g. "14 Mar 2026, 15:00" (24-hour clock, month in the language). */
    public static String dateTime(Instant at, ZoneId zone, String language) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale(language)).format(at.atZone(zone));
    }

    /** e.g. "14 Mar 2026". */
    public static String date(LocalDate date, String language) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale(language)).format(date);
    }

    /** The language part of a tag as WhatsApp templates name it: "en-IN" → "en", "hi" → "hi". */
    public static String languageCode(String language) {
        String code = language == null ? "" : Locale.forLanguageTag(language).getLanguage();
        return code.isEmpty() ? "en" : code;
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(languageCode(language));
    }
}
