package com.verticallight.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

/**
 * Numbers, money, dates and times as CLDR says for a locale, through ICU4J: ₹12,34,567.89 in en-IN and hi,
 * 12.345,67 € in de. Nothing here writes a currency code or symbol by hand.
 */
public final class Formats {

    private Formats() {
    }

    /** An amount in minor units (paise, cents) of an ISO 4217 currency, e.g. 123456789 INR in hi: ₹12,34,567.89. */
    public static String money(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = currency.getDefaultFractionDigits();
        BigDecimal major = BigDecimal.valueOf(minor, Math.max(digits, 0));
        NumberFormat format = NumberFormat.getCurrencyInstance(ULocale.forLocale(locale));
        format.setCurrency(currency);
        if (major.stripTrailingZeros().scale() <= 0) {
            format.setMinimumFractionDigits(0); // ₹2,700 rather than ₹2,700.00 for whole amounts
        }
        return format.format(major);
    }

    public static String number(Number value, Locale locale) {
        return NumberFormat.getInstance(ULocale.forLocale(locale)).format(value);
    }

    public static String percent(double fraction, Locale locale) {
        return NumberFormat.getPercentInstance(ULocale.forLocale(locale)).format(fraction);
    }

    /** A date in the reader's medium style, in a time zone (e.g. 7 दिस॰ 2026). */
    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return dateFormat(DateFormat.getDateInstance(DateFormat.MEDIUM, ULocale.forLocale(locale)), zone)
                .format(Date.from(instant));
    }

    /** A calendar day in the reader's medium style (31 दिस॰ 2026, 31 déc. 2026), no time zone involved. */
    public static String day(java.time.LocalDate day, Locale locale) {
        return date(day.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"), locale);
    }

    /** A time of day in the reader's short style, with no date (9:30 am, 09:30). */
    public static String time(java.time.LocalTime time, Locale locale) {
        return time(java.time.LocalDate.of(2000, 1, 1).atTime(time).atZone(ZoneId.of("UTC")).toInstant(),
                ZoneId.of("UTC"), locale);
    }

    /** A time of day in the reader's short style, in a time zone (9:30 am, 09:30, 午前9:30). */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return dateFormat(DateFormat.getTimeInstance(DateFormat.SHORT, ULocale.forLocale(locale)), zone)
                .format(Date.from(instant)).replace('\u202F', ' '); // CLDR's narrow space before "PM": a plain one
    }

    /**
     * A date and time in the reader's medium date and short time style (7 Dec 2026, 8:34 pm), in a time zone; with
     * no zone, in UTC with the zone named as the reader says it (7 Dec 2026, 8:34 pm UTC).
     */
    public static String moment(Instant instant, ZoneId zone, Locale locale) {
        ULocale reader = ULocale.forLocale(locale);
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, reader);
        if (zone == null && format instanceof SimpleDateFormat simple) {
            format = new SimpleDateFormat(simple.toPattern() + " z", reader);
        }
        return dateFormat(format, zone == null ? ZoneId.of("UTC") : zone).format(Date.from(instant))
                .replace('\u202F', ' ');
    }

    /** A duration from now as the reader says it ("in 3 hours", "2 दिन पहले"), in the largest whole unit. */
    public static String relative(Duration fromNow, Locale locale) {
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(ULocale.forLocale(locale));
        Duration size = fromNow.abs();
        RelativeDateTimeFormatter.RelativeDateTimeUnit unit;
        double amount;
        if (size.toDays() >= 1) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY;
            amount = size.toDays();
        } else if (size.toHours() >= 1) {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.HOUR;
            amount = size.toHours();
        } else {
            unit = RelativeDateTimeFormatter.RelativeDateTimeUnit.MINUTE;
            amount = size.toMinutes();
        }
        return format.formatNumeric(fromNow.isNegative() ? -amount : amount, unit);
    }

    /** A time zone's name as the reader says it ("India Standard Time", "भारतीय मानक समय"). */
    public static String zoneName(ZoneId zone, Locale locale) {
        return TimeZone.getTimeZone(zone.getId()).getDisplayName(false, TimeZone.LONG, ULocale.forLocale(locale));
    }

    private static DateFormat dateFormat(DateFormat format, ZoneId zone) {
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format;
    }
}
