package com.verticallight.execution.plan;

import com.verticallight.i18n.Phrase;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day plan's note (why it was skipped), kept in English on the plan, in the reader's language. */
final class DayNotes {

    static final String PAUSED = "The owner paused the daily plan";
    private static final Pattern MISSED = Pattern.compile(
            "Missed: the service was not running at the time of this day's run; (\\d{4}-\\d{2}-\\d{2}) was caught up instead");

    private DayNotes() {
    }

    static String missed(LocalDate caughtUp) {
        return "Missed: the service was not running at the time of this day's run; " + caughtUp
                + " was caught up instead";
    }

    static String note(String stored, Locale locale) {
        if (stored == null) {
            return null;
        }
        if (stored.equals(PAUSED)) {
            return Phrase.of("day.note.paused").in(locale);
        }
        Matcher missed = MISSED.matcher(stored);
        return missed.matches() ? Phrase.of("day.note.missed", "day", LocalDate.parse(missed.group(1))).in(locale)
                : stored;
    }
}
